extern alias app;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using app::ThongSuot.Data;
using app::ThongSuot.Features.Accounts;
using app::ThongSuot.Features.Organizations;

namespace ThongSuot.Bench;

/// <summary>
/// Incident intake through POST /api/v1/incidents on PostgreSQL, over real Kestrel on loopback, with an operator's API key and
/// an Idempotency-Key per request, against a baseline in the same process and run: a bare endpoint (mapped only by this host,
/// ahead of the app's pipeline) that reads the same JSON body and INSERTs one row with raw Npgsql. Same client loop for both.
/// Usage: dotnet run -c Release --project bench/ThongSuot.Bench -- intake [--clients 16] [--seconds 20] [--warmup 5] [--write BENCHMARKS.md]
/// </summary>
public static class IntakeBench
{
    private const string BaselinePath = "/bench/baseline-insert";

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = BenchFiles.Option(args, "--clients", 16);
        var seconds = BenchFiles.Option(args, "--seconds", 20);
        var warmup = BenchFiles.Option(args, "--warmup", 5);
        var rate = BenchFiles.Option(args, "--rate", 100);
        var output = BenchFiles.OutputPath(args);
        var server = Environment.GetEnvironmentVariable("THONGSUOT_BENCH_PG") is { Length: > 0 } s ? s : "Host=127.0.0.1;Port=55432;Username=postgres";
        var database = "ts_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecAsync(server, $"CREATE DATABASE \"{database}\"");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 64 }.ConnectionString;
        try
        {
            // The baseline's connections get the same settings the app gives its own.
            await using var baselineSource = NpgsqlDataSource.Create(app::ThongSuot.Data.DataSetup.PostgresConnectionString(cs));
            await using (var create = baselineSource.CreateCommand("CREATE TABLE bench_rows (id uuid PRIMARY KEY, body text NOT NULL, created_at timestamptz NOT NULL)"))
                await create.ExecuteNonQueryAsync();
            var port = FreePort();
            // WebApplicationFactory guesses the content root from the solution layout; tell it where the app lives.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_THONGSUOT", AppFolder());
            await using var app = new BenchApp(cs, baselineSource);
            app.UseKestrel(port);
            app.StartServer();
            var key = await IssueKeyAsync(app.Services);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);

            await LoadAsync(http, BaselinePath, clients, TimeSpan.FromSeconds(warmup));
            await LoadAsync(http, "/api/v1/incidents", clients, TimeSpan.FromSeconds(warmup));
            var baseline = await LoadAsync(http, BaselinePath, clients, TimeSpan.FromSeconds(seconds));
            var intake = await LoadAsync(http, "/api/v1/incidents", clients, TimeSpan.FromSeconds(seconds));
            await DrainAsync(app.Services);
            var pacedBaseline = await PacedAsync(http, BaselinePath, rate, TimeSpan.FromSeconds(seconds));
            var pacedIntake = await PacedAsync(http, "/api/v1/incidents", rate, TimeSpan.FromSeconds(seconds));
            var report = Report(baseline, intake, clients, seconds, warmup, PacedReport(pacedBaseline, pacedIntake, rate, seconds));
            Console.Write(report);
            if (output is not null) BenchFiles.WriteSection(output, "intake", report);
            return intake.Failures == 0 && pacedIntake.Failures == 0 && intake.Rps >= 0.5 * baseline.Rps && pacedIntake.P99 < 50 ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private sealed record Result(int Requests, int Failures, double Seconds, double P50, double P99)
    {
        public double Rps => Requests / Seconds;
    }

    private static async Task<Result> LoadAsync(HttpClient http, string path, int clients, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        var failures = 0;
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            var times = new List<double>(4096);
            var n = 0;
            while (stop.Elapsed < duration)
            {
                n++;
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(Body(worker, n), Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", $"bench-{worker}-{n}-{Guid.NewGuid():N}");
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failures);
            }
            return times;
        })).ToArray();
        var all = (await Task.WhenAll(workers)).SelectMany(t => t).OrderBy(t => t).ToArray();
        var elapsed = stop.Elapsed.TotalSeconds;
        return new Result(all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    /// <summary>
    /// Open loop: request i is sent at start + i/rate whatever the earlier ones are doing, and its latency counts from that
    /// planned time, so a slow answer is not hidden by the client waiting before it sends the next one.
    /// </summary>
    private static async Task<Result> PacedAsync(HttpClient http, string path, int rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var times = new double[total];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var planned = TimeSpan.FromSeconds((double)i / rate);
            var wait = planned - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var index = i;
            sends.Add(Task.Run(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(Body(99, index), Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", $"paced-{index}-{Guid.NewGuid():N}");
                using var response = await http.SendAsync(request);
                times[index] = (clock.Elapsed - planned).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failures);
            }));
        }
        await Task.WhenAll(sends);
        var sorted = times.Order().ToArray();
        return new Result(total, failures, clock.Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    /// <summary>Lets the event handlers catch up on the reports of the load phase, so the paced phase measures intake, not a backlog.</summary>
    private static async Task DrainAsync(IServiceProvider services)
    {
        for (var i = 0; i < 600; i++)
        {
            await using var scope = services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<app::ThongSuot.Shared.Events.EventDelivery>().AnyAsync(d => !d.Dead)) return;
            await Task.Delay(100);
        }
    }

    private static string PacedReport(Result baseline, Result intake, int rate, int seconds)
    {
        var inv = CultureInfo.InvariantCulture;
        return new StringBuilder()
            .AppendLine()
            .AppendLine(inv, $"### Latency at a steady {rate} requests/s")
            .AppendLine()
            .AppendLine(inv, $"Open loop for {seconds} s: each request sent on schedule whatever the earlier ones are doing, latency counted from its planned send time. Run after the listeners caught up with the load phase above.")
            .AppendLine()
            .AppendLine("| Endpoint | Requests | Failed | p50 | p99 |")
            .AppendLine("|---|---:|---:|---:|---:|")
            .AppendLine(inv, $"| Baseline: raw Npgsql INSERT | {baseline.Requests} | {baseline.Failures} | {baseline.P50:0.0} ms | {baseline.P99:0.0} ms |")
            .AppendLine(inv, $"| POST /api/v1/incidents | {intake.Requests} | {intake.Failures} | {intake.P50:0.0} ms | {intake.P99:0.0} ms |")
            .AppendLine()
            .AppendLine(inv, $"Intake p99 at {rate} requests/s: {intake.P99:0.0} ms ({(intake.P99 < 50 ? "under" : "OVER")} the 50 ms target).")
            .ToString();
    }

    private static string Body(int worker, int n) =>
        $$"""{"type":"CableCut","severity":2,"title":"Đứt cáp quang thử tải {{worker}}-{{n}}","description":"Đo tải tiếp nhận qua API","services":["FixedInternet"],"latitude":16.8,"longitude":107.1,"subscribersAffected":120}""";

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Report(Result baseline, Result intake, int clients, int seconds, int warmup, string paced)
    {
        var inv = CultureInfo.InvariantCulture;
        var ratio = intake.Rps / baseline.Rps;
        var machine = $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}";
        return new StringBuilder()
            .AppendLine("## Incident intake through the API (PostgreSQL)")
            .AppendLine()
            .AppendLine(inv, $"{clients} concurrent clients on loopback, each POSTing one incident after another for {seconds} s after {warmup} s of warm-up, through real Kestrel with an operator's API key and a fresh Idempotency-Key per request, on a fresh PostgreSQL database. Each report is authenticated, validated, numbered and saved with its timeline entry, idempotency key, audit rows and event; the listeners (live board push, notifications to the department through the outbox) run in the same process meanwhile. Baseline, same process and run: a bare endpoint that reads the same JSON body and inserts one row with raw Npgsql, on connections with the app's settings. Target: at least 0.5 of the baseline's requests per second, p99 under 50 ms.")
            .AppendLine()
            .AppendLine("| Endpoint | Requests | Failed | Requests/s | p50 | p99 |")
            .AppendLine("|---|---:|---:|---:|---:|---:|")
            .AppendLine(inv, $"| Baseline: raw Npgsql INSERT | {baseline.Requests} | {baseline.Failures} | {baseline.Rps:0} | {baseline.P50:0.0} ms | {baseline.P99:0.0} ms |")
            .AppendLine(inv, $"| POST /api/v1/incidents | {intake.Requests} | {intake.Failures} | {intake.Rps:0} | {intake.P50:0.0} ms | {intake.P99:0.0} ms |")
            .AppendLine()
            .AppendLine(inv, $"Ratio intake/baseline: **{ratio:0.00}** ({(ratio >= 0.5 ? "meets" : "BELOW")} the 0.5 target); with every client waiting on its previous answer the latency is the queue ({clients} / throughput); the p99 target is read at a steady rate below.")
            .Append(paced)
            .AppendLine()
            .AppendLine(inv, $"Machine: {machine}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Client, server and PostgreSQL share the machine, so absolute numbers move between runs; the ratio is the figure to compare.")
            .AppendLine()
            .AppendLine("Reproduce (THONGSUOT_BENCH_PG = server connection string, default Host=127.0.0.1;Port=55432;Username=postgres):")
            .AppendLine()
            .AppendLine("```")
            .AppendLine("dotnet run -c Release --project bench/ThongSuot.Bench -- intake --clients 16 --seconds 20 --write BENCHMARKS.md")
            .AppendLine("```")
            .ToString();
    }

    private static async Task<string> IssueKeyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).FirstAsync();
        return (await ApiKeysService.IssueAsync(db, TimeProvider.System, "Bench NOC", org, null, Roles.Member, null, default)).Key;
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string AppFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "src", "ThongSuot", "ThongSuot.csproj"))) return Path.Combine(dir.FullName, "src", "ThongSuot");
        throw new InvalidOperationException("Run the benchmark from the repository (src/ThongSuot not found above the binaries).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The app as deployed (Production; AppDbContext only names the app assembly, the bench has its own app::Program), on the bench database, quiet logs, plus the baseline endpoint in front of its pipeline.</summary>
    private sealed class BenchApp(string connectionString, NpgsqlDataSource baseline) : WebApplicationFactory<AppDbContext>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Postgres"] = connectionString, ["Demo:Seed"] = "true", ["Demo:Password"] = "Bench-Passw0rd-2026",
                ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                // No SMTP server here: each e-mail waits for one, which is logged once per message at Warning.
                ["Logging:LogLevel:ThongSuot.Features.Notifications"] = "Error",
            }));
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new BaselineFilter(baseline)));
        }
    }

    private sealed class BaselineFilter(NpgsqlDataSource source) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Map(BaselinePath, branch => branch.Run(async context =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                await using var cmd = source.CreateCommand("INSERT INTO bench_rows (id, body, created_at) VALUES ($1, $2, $3)");
                cmd.Parameters.AddWithValue(Guid.CreateVersion7());
                cmd.Parameters.AddWithValue(body);
                cmd.Parameters.AddWithValue(DateTime.UtcNow);
                await cmd.ExecuteNonQueryAsync(context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status201Created;
            }));
            next(app);
        };
    }
}
