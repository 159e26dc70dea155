using System.Diagnostics;
using System.Net;

namespace ThongSuot.Tests.Nodes;

/// <summary>
/// One app node: the built app (<c>dotnet ThongSuot.dll</c>) in a process of its own on real Kestrel, on its own loopback
/// port, configured by environment variables as systemd would configure it (docs/deployment.md). Its database connections
/// carry its name (Application Name=node-a), so pg_stat_activity tells which node holds a lock.
/// </summary>
public sealed class AppNode : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string home;
    private OwnedProcess? process;

    public AppNode(string name, IReadOnlyDictionary<string, string> settings, string home)
    {
        this.home = home;
        Name = name;
        this.settings = settings;
        Port = OwnedProcess.FreePort();
    }

    /// <summary>"node-a" or "node-b": its Application Name in PostgreSQL too.</summary>
    public string Name { get; }
    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public Uri BaseAddress => new($"http://{Address}");
    public bool IsUp => process is { HasExited: false };
    public string Output => process?.Output ?? "";

    /// <summary>The local ports of the node's open TCP connections (to tell which node holds a database session).</summary>
    public HashSet<int> LocalPorts() => process is { HasExited: false } p ? p.LocalPorts() : [];

    /// <summary>Whether the node wrote a log line containing the text since it was last started.</summary>
    public bool Logged(string text) => process?.Wrote(text) == true;

    public async Task StartAsync()
    {
        process?.Dispose();
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        start.Environment["Urls"] = BaseAddress.ToString();
        // A home of its own, as on a machine of its own: nothing it keeps under ~ (such as a Data Protection key ring in
        // ~/.aspnet) is shared with the other node except through the database.
        start.Environment["HOME"] = Directory.CreateDirectory(Path.Combine(home, Name)).FullName;
        start.Environment["ConnectionStrings__Postgres"] = settings["ConnectionStrings__Postgres"] + $";Application Name={Name}";
        process = OwnedProcess.Start(Name, start);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(BaseAddress, "/health/ready"))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(90), "ready (/health/ready)");
    }

    /// <summary>kill -9: the node dies mid-request, with no shutdown code run.</summary>
    public void Kill() => process?.Kill();

    public void Dispose() => process?.Dispose();
}
