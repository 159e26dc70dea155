using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Platform;

/// <summary>
/// Two app nodes on one PostgreSQL database and one Redis, as behind a load balancer: this factory is node A,
/// <see cref="NodeB"/> the other. Neither runs the incident event processor, so a board push reaches node B's clients
/// only from node A's in-process pusher, through Redis.
/// </summary>
public sealed class TwoNodesAppFactory() : AppFactory(DbProvider.Postgres)
{
    public RedisServer Redis { get; private set; } = null!;
    public AppFactory NodeB { get; private set; } = null!;

    protected override async Task<TestDatabase> PrepareAsync()
    {
        Redis = await RedisServer.StartAsync();
        var database = await base.PrepareAsync();
        var nodeB = new SecondNode(database, Redis);
        await ((IAsyncLifetime)nodeB).InitializeAsync();
        NodeB = nodeB;
        return database;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in NodeSettings(Redis)) builder.UseSetting(key, value);
    }

    /// <summary>
    /// Given as host settings (UseSetting), not ConfigureAppConfiguration: the app reads them while Program.cs registers
    /// services, and only host settings are there before Build.
    /// </summary>
    internal static Dictionary<string, string?> NodeSettings(RedisServer redis) => new()
    {
        ["ConnectionStrings:Redis"] = redis.ConnectionString,
        ["Incidents:Events:PollSeconds"] = "0",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (NodeB is not null) await ((IAsyncLifetime)NodeB).DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }

    private sealed class SecondNode(TestDatabase database, RedisServer redis) : AppFactory(DbProvider.Postgres)
    {
        protected override Task<TestDatabase> PrepareAsync() => Task.FromResult(database);
        protected override bool OwnsDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in NodeSettings(redis)) builder.UseSetting(key, value);
        }
    }
}
