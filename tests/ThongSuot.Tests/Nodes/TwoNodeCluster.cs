using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Nodes;

/// <summary>
/// Two app nodes as deployed (docs/deployment.md, "Several app nodes"): one PostgreSQL database (a copy of the seeded demo),
/// one redis-server, two processes of the built app on their own loopback ports, and nginx in front of both with the
/// documented configuration. The background loops run every second, so what a node leaves undone another one finishes
/// within the tests' deadlines. Shared by the classes of the "Two nodes" collection, one after another; a test that kills a
/// node starts with <see cref="BothUpAsync"/>, which starts again whatever an earlier test killed.
/// </summary>
public sealed class TwoNodeCluster : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("thongsuot-nodes-");
    private RedisServer? redis;

    public TestDatabase Database { get; private set; } = null!;
    public AppNode A { get; private set; } = null!;
    public AppNode B { get; private set; } = null!;
    public NginxProxy Nginx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CopyOfDemoAsync(DbProvider.Postgres);
        redis = await RedisServer.StartAsync(Directory.CreateDirectory(Path.Combine(folder.FullName, "redis")).FullName);
        var settings = Settings(Database.ConnectionString, redis.ConnectionString);
        A = new AppNode("node-a", settings, folder.FullName);
        B = new AppNode("node-b", settings, folder.FullName);
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        Nginx = await NginxProxy.StartAsync(Directory.CreateDirectory(Path.Combine(folder.FullName, "nginx")).FullName, A, B);
    }

    /// <summary>What systemd's EnvironmentFile gives every node (docs/deployment.md), with the loops' periods cut to a second.</summary>
    private static Dictionary<string, string> Settings(string postgres, string redis) => new()
    {
        ["ConnectionStrings__Postgres"] = postgres,
        ["ConnectionStrings__Redis"] = redis,
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // The database is a copy of the seeded demo.
        ["Demo__Seed"] = "false",
        ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
        ["Map__TileUrl"] = "",
        ["Notifications__PublicBaseUrl"] = "https://thongsuot.test",
        ["Notifications__PollSeconds"] = "1",
        ["Notifications__LeaseSeconds"] = "10",
        ["Incidents__Events__PollSeconds"] = "1",
        // The least the processor allows: what a killed node had claimed is taken over 10 s later.
        ["Incidents__Events__LeaseSeconds"] = "10",
        ["Incidents__Escalation__ScanSeconds"] = "1",
        // A step's next one only when a test moves the step back in time (NodeLeader.BackdateSteps).
        ["Incidents__Escalation__StepMinutes"] = "60",
        ["Compliance__Reminders__ScanSeconds"] = "1",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
        ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
    };

    public IEnumerable<AppNode> Nodes => [A, B];

    /// <summary>Starts again every node an earlier test killed, and waits until nginx reaches both.</summary>
    public async Task BothUpAsync()
    {
        await Task.WhenAll(Nodes.Where(n => !n.IsUp).Select(n => n.StartAsync()));
    }

    public AppNode Other(AppNode node) => node == A ? B : A;

    /// <summary>The node at an address nginx named in X-Upstream.</summary>
    public AppNode At(string? upstream) => Nodes.SingleOrDefault(n => n.Address == upstream)
        ?? throw new InvalidOperationException($"No node at \"{upstream}\" (nodes: {A.Address}, {B.Address}).");

    /// <summary>A client straight to one node, or (null) through nginx; never follows redirects.</summary>
    public HttpClient Client(AppNode? node = null, HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node?.BaseAddress ?? Nginx.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A new API key (role Member) of an operator's system, as an administrator issues one.</summary>
    public async Task<string> ApiKeyAsync(string organization)
    {
        await using var db = Database.NewContext();
        var org = await db.Set<Organization>().Where(o => o.ShortName == organization).Select(o => o.Id).FirstAsync();
        return (await ApiKeysService.IssueAsync(db, TimeProvider.System, "NOC " + Guid.NewGuid().ToString("N")[..6], org, null, Roles.Member, null, default)).Key;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var db = Database.NewContext();
        return await work(db);
    }

    /// <summary>Polls until <paramref name="done"/> holds; after the deadline fails with what it saw last and the nodes' logs.</summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var seen = await read();
            if (done(seen)) return seen;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not {what} within {within.TotalSeconds} s; last seen: {Describe(seen)}\n--- node-a:\n{A.Output}\n--- node-b:\n{B.Output}");
            await Task.Delay(50);
        }
    }

    private static string Describe<T>(T seen) => seen is System.Collections.IEnumerable list and not string
        ? "[" + string.Join(", ", list.Cast<object>()) + "]" : seen?.ToString() ?? "null";

    public async Task DisposeAsync()
    {
        Nginx?.Dispose();
        A?.Dispose();
        B?.Dispose();
        redis?.Dispose();
        if (Database is not null) await Database.DisposeAsync();
        try { folder.Delete(recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodes : ICollectionFixture<TwoNodeCluster>
{
    public const string Name = "Two nodes";
}
