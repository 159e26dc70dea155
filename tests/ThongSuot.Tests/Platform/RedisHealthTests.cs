using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Platform;

/// <summary>One node with its own Redis, which the test stops and starts again.</summary>
public sealed class RedisHealthAppFactory() : AppFactory(DbProvider.Sqlite)
{
    public RedisServer Redis { get; private set; } = null!;

    protected override async Task<TestDatabase> PrepareAsync()
    {
        Redis = await RedisServer.StartAsync();
        return await base.PrepareAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", Redis.ConnectionString); // read before Build: a host setting
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
    }
}

public sealed class RedisHealthTests(RedisHealthAppFactory app) : IClassFixture<RedisHealthAppFactory>
{
    [Fact]
    public async Task ReadinessFollowsRedisDownAndUpAgain()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await app.Redis.StopAsync();
        var down = await UntilAsync(client, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", await down.Content.ReadAsStringAsync());
        // Liveness does not depend on Redis: the process is fine, only not ready.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        await app.Redis.StartAgainAsync();
        var up = await UntilAsync(client, HttpStatusCode.OK);
        Assert.Equal("Healthy", await up.Content.ReadAsStringAsync());
    }

    /// <summary>The multiplexer notices a lost or regained server on its own schedule: ask until it answers so, within 20 s.</summary>
    private static async Task<HttpResponseMessage> UntilAsync(HttpClient client, HttpStatusCode status)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == status || DateTime.UtcNow > until) { Assert.Equal(status, response.StatusCode); return response; }
            await Task.Delay(100);
        }
    }
}
