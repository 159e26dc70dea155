using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ThongSuot.Bench;

/// <summary>
/// Board update latency: from just before POST /api/v1/incidents to the moment the row is in the coordinator's board
/// (a MutationObserver in the page stamps performance.timeOrigin + performance.now(); the client's clock is read before
/// the call, same machine). Baseline in the same run, interleaved: the same POST, then a page-side fetch of the new
/// incident started through Playwright (no SignalR). Usage:
/// dotnet run -c Release --project bench/ThongSuot.Bench -- board [--runs 200] [--warmup 20] [--write BENCHMARKS.md]
/// PostgreSQL instead of SQLite when THONGSUOT_BENCH_POSTGRES holds a server connection string (a database is created and dropped).
/// </summary>
public static partial class BoardLatencyBench
{
    private const string Password = BoardBenchHost.Password;
    private const string StartMarker = "<!-- board-latency -->";
    private const string EndMarker = "<!-- /board-latency -->";

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = BenchFiles.Option(args, "--runs", 200);
        var warmup = BenchFiles.Option(args, "--warmup", 20);
        var output = BenchFiles.OutputPath(args);
        await using var database = await BoardBenchHost.BenchDatabase.CreateAsync();
        await using var factory = new BoardBenchHost.BoardApp(database);
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Accounts/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync("coordinator");
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Accounts/Login"));
        await page.GotoAsync("/Incidents/Board");
        await page.WaitForFunctionAsync("() => window.ThongSuotHub?.connection?.state === 'Connected' && document.body.dataset.boardLoaded");
        await page.EvaluateAsync("""
            () => {
              window.benchSeen = {};
              new MutationObserver(list => {
                const at = performance.timeOrigin + performance.now();
                for (const m of list) for (const n of m.addedNodes)
                  if (n.dataset && n.dataset.incidentId && !(n.dataset.incidentId in window.benchSeen)) window.benchSeen[n.dataset.incidentId] = at;
              }).observe(document.getElementById('board-rows'), { childList: true });
            }
            """);

        using var reporter = await SignedInClientAsync(baseUrl, "viettel");
        var board = new List<double>();
        var baseline = new List<double>();
        var floor = new List<double>();
        for (var i = 0; i < warmup + runs; i++)
        {
            var viaHub = await ViaBoardAsync(page, reporter, i);
            var plain = await ViaFetchAsync(page, reporter, i);
            var bare = await ViaEvaluateAsync(page, reporter, i);
            if (i < warmup) continue;
            board.Add(viaHub);
            baseline.Add(plain);
            floor.Add(bare);
        }

        var provider = database.Provider;
        var report = Report(runs, warmup, provider, board, baseline, floor);
        Console.Write(report);
        if (output is not null) WriteSection(output, report);
        return BenchFiles.Percentile(board, 0.99) < 500 ? 0 : 1;
    }

    /// <summary>POST, then wait for the observer's stamp of the new row.</summary>
    private static async Task<double> ViaBoardAsync(IPage page, HttpClient reporter, int i)
    {
        var before = NowMs();
        var id = await ReportAsync(reporter, $"Đo độ trễ bảng {i}");
        var seen = await page.WaitForFunctionAsync("id => window.benchSeen[id]", id.ToString(), new() { PollingInterval = 5, Timeout = 30_000 });
        return await seen.JsonValueAsync<double>() - before;
    }

    /// <summary>Baseline: the same POST, then the page fetches the incident itself (one Playwright call, one HTTP GET, no hub).</summary>
    private static async Task<double> ViaFetchAsync(IPage page, HttpClient reporter, int i)
    {
        var before = NowMs();
        var id = await ReportAsync(reporter, $"Đo đường cơ sở {i}");
        var at = await page.EvaluateAsync<double>("""
            async id => { const r = await fetch('/api/v1/incidents/' + id); await r.json(); return performance.timeOrigin + performance.now(); }
            """, id.ToString());
        return at - before;
    }

    /// <summary>Second baseline, the floor: the same POST, then one Playwright round trip that reads the page's clock.</summary>
    private static async Task<double> ViaEvaluateAsync(IPage page, HttpClient reporter, int i)
    {
        var before = NowMs();
        await ReportAsync(reporter, $"Đo sàn {i}");
        return await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.now()") - before;
    }

    private static async Task<Guid> ReportAsync(HttpClient reporter, string title)
    {
        var response = await reporter.PostAsJsonAsync("/api/v1/incidents", new
        {
            type = "CableCut", severity = 1 + title.Length % 4, title, services = new[] { "MobileData" }, latitude = 16.8, longitude = 107.0,
        });
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    // Unix milliseconds with sub-millisecond resolution, on the same clock the browser's timeOrigin comes from.
    private static readonly DateTime Epoch = DateTime.UtcNow;
    private static readonly long EpochTicks = Stopwatch.GetTimestamp();
    private static double NowMs() =>
        (Epoch - DateTime.UnixEpoch).TotalMilliseconds + Stopwatch.GetElapsedTime(EpochTicks).TotalMilliseconds;

    /// <summary>A cookie-signed-in client with the antiforgery header, as the pages send it.</summary>
    private static async Task<HttpClient> SignedInClientAsync(string baseUrl, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = Password, ["__RequestVerificationToken"] = await TokenAsync(client, "/Accounts/Login"),
        }));
        if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Sign-in failed for " + user);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await TokenAsync(client, "/"));
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(TokenField().Match(await client.GetStringAsync(path)).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static string Report(int runs, int warmup, string provider, List<double> board, List<double> baseline, List<double> floor)
    {
        var i = CultureInfo.InvariantCulture;
        var (b50, b99, p50, p99) = (BenchFiles.Percentile(board, 0.5), BenchFiles.Percentile(board, 0.99), BenchFiles.Percentile(baseline, 0.5), BenchFiles.Percentile(baseline, 0.99));
        var (f50, f99) = (BenchFiles.Percentile(floor, 0.5), BenchFiles.Percentile(floor, 0.99));
        return new StringBuilder()
            .AppendLine(StartMarker)
            .AppendLine("## Live board: update latency from API call to browser")
            .AppendLine()
            .AppendLine(i, $"{runs} incidents reported one at a time through POST /api/v1/incidents (after {warmup} warm-up), app on {provider} over Kestrel (loopback), ")
            .AppendLine("the coordinator's /Incidents/Board open in headless Chromium (Playwright). Latency = the moment a MutationObserver sees the row in the")
            .AppendLine("board's table (performance.timeOrigin + performance.now()) minus the client's clock just before the POST, same machine.")
            .AppendLine("Two baselines without SignalR, interleaved in the same run: (a) the same POST, then the page fetches the new incident itself")
            .AppendLine("(one Playwright evaluate + one GET); (b) the floor: the same POST, then one Playwright evaluate that reads the page's clock.")
            .AppendLine("Every report stays open, so the board grows to " + (runs + warmup) * 3 + " rows by the end (each push re-renders table, counters and map).")
            .AppendLine()
            .AppendLine("| Path | p50 | p99 | max |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine(i, $"| API → SignalR → board row | {b50:0.0} ms | {b99:0.0} ms | {board.Max():0.0} ms |")
            .AppendLine(i, $"| Baseline (a): API → page fetch | {p50:0.0} ms | {p99:0.0} ms | {baseline.Max():0.0} ms |")
            .AppendLine(i, $"| Baseline (b): API → page evaluate | {f50:0.0} ms | {f99:0.0} ms | {floor.Max():0.0} ms |")
            .AppendLine(i, $"| Ratio board / baseline (a) | {b50 / p50:0.00}× | {b99 / p99:0.00}× | |")
            .AppendLine(i, $"| Ratio board / baseline (b) | {b50 / f50:0.00}× | {b99 / f99:0.00}× | |")
            .AppendLine()
            .AppendLine(i, $"Target p99 under 500 ms: {(b99 < 500 ? "met" : "NOT met")} ({b99:0.0} ms). Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, " +
                $"measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()} at the end (the machine is shared with other builds and tests).")
            .AppendLine()
            .AppendLine("Read the ratios first: baseline (b) is the least any path from an API call to the open page can take, so when it is far above")
            .AppendLine("a few milliseconds the machine was busy and the absolute numbers measure the load, not the board; rerun on an idle machine for the target.")
            .AppendLine()
            .AppendLine("Reproduce (PostgreSQL: set THONGSUOT_BENCH_POSTGRES to a server connection string):")
            .AppendLine()
            .AppendLine("```")
            .AppendLine("dotnet run -c Release --project bench/ThongSuot.Bench -- board --runs 200 --warmup 20 --write BENCHMARKS.md")
            .AppendLine("```")
            .AppendLine(EndMarker)
            .ToString();
    }

    /// <summary>Replaces this benchmark's own section of the file (or appends it), leaving the other benchmarks' text alone.</summary>
    private static void WriteSection(string path, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section.TrimEnd('\n', '\r') + text[(end + EndMarker.Length)..]
            : text.TrimEnd() + Environment.NewLine + Environment.NewLine + section;
        File.WriteAllText(path, text);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
