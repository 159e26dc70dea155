extern alias app;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using app::ThongSuot.Data;
using app::ThongSuot.Features.Accounts;
using app::ThongSuot.Features.Organizations;

namespace ThongSuot.Bench;

/// <summary>
/// Two app nodes on one PostgreSQL and one Redis, behind nginx with the documented configuration (NodesCluster). In one run:
/// intake throughput through nginx to one node (both upstream entries the same node) and to both; then the board latency
/// of a board on node B for reports through node A, beside a board on node A for the same reports (same-node baseline).
/// Usage: dotnet run -c Release --project bench/ThongSuot.Bench -- nodes [--clients 16] [--seconds 20] [--runs 200] [--write BENCHMARKS.md]
/// </summary>
public static partial class NodesBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = BenchFiles.Option(args, "--clients", 16);
        var seconds = BenchFiles.Option(args, "--seconds", 20);
        var runs = BenchFiles.Option(args, "--runs", 200);
        var output = BenchFiles.OutputPath(args);
        await using var cluster = await NodesCluster.StartAsync();
        var key = await IssueKeyAsync(cluster.ConnectionString);
        var oneNode = await cluster.NginxAsync(cluster.NodeA, cluster.NodeA);
        var twoNodes = await cluster.NginxAsync(cluster.NodeA, cluster.NodeB);

        await IntakeAsync(oneNode, key, clients, TimeSpan.FromSeconds(5));
        await IntakeAsync(twoNodes, key, clients, TimeSpan.FromSeconds(5));
        await DrainAsync(cluster.ConnectionString);
        // Each phase starts with no handler work left from the one before, and its own drain is measured after it.
        var one = await IntakeAsync(oneNode, key, clients, TimeSpan.FromSeconds(seconds)) with { Drain = await DrainAsync(cluster.ConnectionString) };
        var two = await IntakeAsync(twoNodes, key, clients, TimeSpan.FromSeconds(seconds)) with { Drain = await DrainAsync(cluster.ConnectionString) };

        var (cross, same) = await BoardAsync(cluster, key, runs);
        var report = Report(clients, seconds, runs, one, two, cross, same);
        Console.Write(report);
        if (output is not null) BenchFiles.WriteSection(output, "nodes", report);
        return one.Failures + two.Failures == 0 ? 0 : 1;
    }

    private sealed record Intake(int Requests, int Failures, double Seconds, double Drain = 0)
    {
        public double Rps => Requests / Seconds;
        /// <summary>Reports per second until the last one's handlers (board, notifications) had run.</summary>
        public double Handled => Requests / (Seconds + Drain);
    }

    /// <summary>Waits until every event delivery has run (the reports' notifications and board pushes); returns the seconds it took.</summary>
    private static async Task<double> DrainAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options;
        var wait = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = new AppDbContext(options))
                if (!await db.Set<app::ThongSuot.Shared.Events.EventDelivery>().AnyAsync(d => !d.Dead)) return wait.Elapsed.TotalSeconds;
            if (wait.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("The event deliveries did not drain within 10 minutes.");
            await Task.Delay(200);
        }
    }

    private static async Task<Intake> IntakeAsync(Uri nginx, string key, int clients, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = nginx };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var stop = Stopwatch.StartNew();
        var done = 0;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var n = 0; stop.Elapsed < duration; n++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = Body($"Đo tải hai nút {c}-{n}") };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Created) Interlocked.Increment(ref done);
                else Interlocked.Increment(ref failed);
            }
        })));
        return new Intake(done, failed, stop.Elapsed.TotalSeconds);
    }

    /// <summary>One report at a time through node A; the time until each of two boards, on node B and on node A, has its row.</summary>
    private static async Task<(List<double> Cross, List<double> Same)> BoardAsync(NodesCluster cluster, string key, int runs)
    {
        var seen = new ConcurrentDictionary<(string Board, Guid Id), long>();
        await using var onB = await BoardAsync(cluster.NodeB, "b", seen);
        await using var onA = await BoardAsync(cluster.NodeA, "a", seen);
        using var reporter = new HttpClient { BaseAddress = new Uri($"http://{cluster.NodeA}") };
        reporter.DefaultRequestHeaders.Add("X-Api-Key", key);
        var cross = new List<double>();
        var same = new List<double>();
        for (var i = 0; i < runs + 20; i++)
        {
            var before = Stopwatch.GetTimestamp();
            using var response = await reporter.PostAsync("/api/v1/incidents", Body($"Đo độ trễ hai nút {i}"));
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var deadline = Stopwatch.StartNew();
            while (!(seen.ContainsKey(("a", id)) && seen.ContainsKey(("b", id))))
            {
                if (deadline.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"Report {i} never reached both boards.");
                await Task.Delay(1);
            }
            if (i < 20) continue;
            cross.Add(Stopwatch.GetElapsedTime(before, seen[("b", id)]).TotalMilliseconds);
            same.Add(Stopwatch.GetElapsedTime(before, seen[("a", id)]).TotalMilliseconds);
        }
        return (cross, same);
    }

    private static async Task<HubConnection> BoardAsync(string node, string name, ConcurrentDictionary<(string, Guid), long> seen)
    {
        var cookies = new CookieContainer();
        using (var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://{node}") })
        {
            var html = await http.GetStringAsync("/Accounts/Login");
            var token = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
            using var signIn = await http.PostAsync("/Accounts/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "coordinator", ["Input.Password"] = NodesCluster.Password, ["__RequestVerificationToken"] = token,
            }));
            if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in on {node}: {(int)signIn.StatusCode}");
        }
        var connection = new HubConnectionBuilder().WithUrl(new Uri($"http://{node}/hubs/incidents"), o =>
        {
            o.SkipNegotiation = true;
            o.Transports = HttpTransportType.WebSockets;
            o.Headers["Cookie"] = cookies.GetCookieHeader(new Uri($"http://{node}"));
        }).Build();
        connection.On<JsonElement>("incidentChanged", row => seen.TryAdd((name, row.GetProperty("id").GetGuid()), Stopwatch.GetTimestamp()));
        await connection.StartAsync();
        return connection;
    }

    private static StringContent Body(string title) => new(
        $$"""{"type":"CableCut","severity":4,"title":"{{title}}","services":["FixedInternet"],"latitude":16.8,"longitude":107.1}""", Encoding.UTF8, "application/json");

    private static async Task<string> IssueKeyAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new AppDbContext(options);
        var org = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).FirstAsync();
        return (await ApiKeysService.IssueAsync(db, TimeProvider.System, "Bench NOC", org, null, Roles.Member, null, default)).Key;
    }

    private static string Report(int clients, int seconds, int runs, Intake one, Intake two, List<double> cross, List<double> same)
    {
        var inv = CultureInfo.InvariantCulture;
        return new StringBuilder()
            .AppendLine("## Two app nodes behind nginx (PostgreSQL, Redis)")
            .AppendLine()
            .AppendLine(inv, $"Two processes of the built app on one fresh PostgreSQL database and one redis-server, nginx with docs/nginx/thongsuot.conf, all on this machine. Intake: {clients} clients POST incidents (API key, fresh Idempotency-Key) for {seconds} s each through nginx, first with both upstream entries pointing at node A (one node), then at A and B (two nodes), after 5 s of warm-up each.")
            .AppendLine()
            .AppendLine("| Intake through nginx | Incidents | Failed | Incidents/s answered | Then handlers busy for | Incidents/s until all handled |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(inv, $"| one node | {one.Requests} | {one.Failures} | {one.Rps:0} | {one.Drain:0.0} s | {one.Handled:0} |")
            .AppendLine(inv, $"| two nodes | {two.Requests} | {two.Failures} | {two.Rps:0} | {two.Drain:0.0} s | {two.Handled:0} |")
            .AppendLine()
            .AppendLine(inv, $"Ratio two/one: **{two.Rps / one.Rps:0.00}** answered, **{two.Handled / one.Handled:0.00}** until all handled (each report's notifications and board pushes run after the answer, on the event processor).")
            .AppendLine()
            .AppendLine(inv, $"Board latency: {runs} reports one at a time through node A's API (after 20 warm-up), two coordinator boards connected by WebSockets (.NET SignalR client), one on node B (the push crosses Redis) and one on node A (same node, the baseline); latency = row received minus just before the POST, same clock.")
            .AppendLine()
            .AppendLine("| Board | p50 | p99 |")
            .AppendLine("|---|---:|---:|")
            .AppendLine(inv, $"| on node B, report through A | {BenchFiles.Percentile(cross, 0.5):0.0} ms | {BenchFiles.Percentile(cross, 0.99):0.0} ms |")
            .AppendLine(inv, $"| on node A, report through A (baseline) | {BenchFiles.Percentile(same, 0.5):0.0} ms | {BenchFiles.Percentile(same, 0.99):0.0} ms |")
            .AppendLine(inv, $"| ratio across / same node | {BenchFiles.Percentile(cross, 0.5) / BenchFiles.Percentile(same, 0.5):0.00}× | {BenchFiles.Percentile(cross, 0.99) / BenchFiles.Percentile(same, 0.99):0.00}× |")
            .AppendLine()
            .AppendLine(inv, $"Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Both nodes, nginx, Redis, PostgreSQL and the clients share these CPUs, so two nodes cannot add CPU here: the ratio shows what a second node costs or gains on one machine; on two machines it is the lower bound.")
            .AppendLine()
            .AppendLine("Reproduce (THONGSUOT_BENCH_PG = server connection string, default Host=127.0.0.1;Port=55432;Username=postgres; needs redis-server and nginx):")
            .AppendLine()
            .AppendLine("```")
            .AppendLine("dotnet run -c Release --project bench/ThongSuot.Bench -- nodes --clients 16 --seconds 20 --runs 200 --write BENCHMARKS.md")
            .AppendLine("```")
            .ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
