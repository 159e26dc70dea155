extern alias app;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ThongSuot.Bench;

/// <summary>
/// For the two-node benchmark: a fresh PostgreSQL database, redis-server, two processes of the built app and nginx with
/// docs/nginx/thongsuot.conf, as the two-node tests run them (tests/ThongSuot.Tests/Nodes), all on loopback.
/// </summary>
internal sealed class NodesCluster : IAsyncDisposable
{
    public const string Password = "Bench-Passw0rd-2026";
    private readonly List<Process> processes = [];
    private readonly string folder = Directory.CreateTempSubdirectory("thongsuot-bench-nodes-").FullName;
    private string server = "", database = "";

    public string NodeA { get; private set; } = "";
    public string NodeB { get; private set; } = "";

    public static async Task<NodesCluster> StartAsync()
    {
        var cluster = new NodesCluster();
        cluster.server = Environment.GetEnvironmentVariable("THONGSUOT_BENCH_PG") is { Length: > 0 } s ? s : "Host=127.0.0.1;Port=55432;Username=postgres";
        cluster.database = "ts_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecAsync(cluster.server, $"CREATE DATABASE \"{cluster.database}\"");
        var redisPort = FreePort();
        cluster.Start("/usr/bin/redis-server", ["--port", $"{redisPort}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", cluster.folder], null);
        var cs = new NpgsqlConnectionStringBuilder(cluster.server) { Database = cluster.database, MaxPoolSize = 64 }.ConnectionString;
        // Node A first: it migrates and seeds the demo; then B on the database A made.
        cluster.NodeA = await cluster.NodeAsync("a", cs, redisPort);
        cluster.NodeB = await cluster.NodeAsync("b", cs, redisPort);
        return cluster;
    }

    private async Task<string> NodeAsync(string name, string cs, int redisPort)
    {
        var port = FreePort();
        var dll = typeof(app::ThongSuot.Data.AppDbContext).Assembly.Location;
        Start("dotnet", [dll], new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = cs, ["ConnectionStrings__Redis"] = $"127.0.0.1:{redisPort}", ["Urls"] = $"http://127.0.0.1:{port}",
            ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Demo__Seed"] = "true", ["Demo__Password"] = Password,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1", ["Map__TileUrl"] = "", ["Logging__LogLevel__Default"] = "Error",
            ["HOME"] = Directory.CreateDirectory(Path.Combine(folder, name)).FullName,
        }, Path.GetDirectoryName(dll));
        await ReadyAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
        return $"127.0.0.1:{port}";
    }

    /// <summary>nginx with the documented configuration in front of the given nodes (the same node twice: one node behind it).</summary>
    public async Task<Uri> NginxAsync(string first, string second)
    {
        var port = FreePort();
        var dir = Directory.CreateDirectory(Path.Combine(folder, $"nginx-{port}")).FullName;
        var site = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "nginx", "thongsuot.conf"))
            .Replace("127.0.0.1:5001", first, StringComparison.Ordinal).Replace("127.0.0.1:5002", second, StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "site.conf"), site);
        File.WriteAllText(Path.Combine(dir, "nginx.conf"), $"worker_processes 1; pid {dir}/nginx.pid; error_log {dir}/error.log warn; events {{ worker_connections 4096; }} " +
            $"http {{ access_log off; client_body_temp_path {dir}; proxy_temp_path {dir}; fastcgi_temp_path {dir}; uwsgi_temp_path {dir}; scgi_temp_path {dir}; include {dir}/site.conf; }}");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        Start("/usr/sbin/nginx", ["-p", dir, "-e", Path.Combine(dir, "error.log"), "-c", Path.Combine(dir, "nginx.conf"), "-g", "daemon off;"], null);
        var address = new Uri($"http://127.0.0.1:{port}");
        await ReadyAsync(new Uri(address, "/health/ready"));
        return address;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private void Start(string file, string[] args, Dictionary<string, string>? env, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? folder };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? []) start.Environment[k] = v;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
    }

    private static async Task ReadyAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            try { if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{url} not ready within 3 minutes.");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThongSuot.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("ThongSuot.slnx not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in processes) { try { p.Kill(entireProcessTree: true); p.WaitForExit(10_000); } catch (InvalidOperationException) { } p.Dispose(); }
        NpgsqlConnection.ClearAllPools();
        await ExecAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
