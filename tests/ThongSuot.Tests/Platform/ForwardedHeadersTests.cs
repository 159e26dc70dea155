using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThongSuot.Shared.Platform;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Platform;

/// <summary>
/// An app whose requests come from the peer address a test names (header <see cref="Peer"/>), and that answers with the
/// client address and scheme the app ended up believing (<see cref="SeenIp"/>, <see cref="SeenScheme"/>).
/// </summary>
public sealed class PeerAppFactory() : AppFactory(DbProvider.Sqlite)
{
    public const string Peer = "X-Test-Peer", SeenIp = "X-Test-Seen-Ip", SeenScheme = "X-Test-Seen-Scheme";

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, PeerFilter>();

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (ctx, nextMiddleware) =>
            {
                if (ctx.Request.Headers[Peer] is [{ } peer]) ctx.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                ctx.Response.OnStarting(() =>
                {
                    ctx.Response.Headers[SeenIp] = ctx.Connection.RemoteIpAddress?.ToString();
                    ctx.Response.Headers[SeenScheme] = ctx.Request.Scheme;
                    return Task.CompletedTask;
                });
                await nextMiddleware();
            });
            next(app);
        };
    }
}

public sealed class ForwardedHeadersTests(PeerAppFactory app) : IClassFixture<PeerAppFactory>
{
    private const string Client = "203.0.113.7";

    [Theory]
    [InlineData("10.0.0.5", Client, "https")] // a known proxy
    [InlineData("192.168.10.20", Client, "https")] // inside a known network
    [InlineData("10.0.0.9", "10.0.0.9", "http")] // any other peer: its headers are ignored
    [InlineData("127.0.0.1", "127.0.0.1", "http")] // loopback is not trusted unless named
    public async Task ForwardedHeadersAreBelievedOnlyFromConfiguredProxies(string peer, string seenIp, string seenScheme)
    {
        // Host settings: the app reads them while Program.cs registers services, before Build.
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownProxies", "10.0.0.5")
            .UseSetting("ForwardedHeaders:KnownNetworks", "192.168.10.0/24, 172.16.0.0/12"));

        var seen = await SendAsync(configured.CreateClient(), peer);

        Assert.Equal((seenIp, seenScheme), seen);
    }

    [Fact]
    public async Task NothingConfiguredMeansNoForwardingEvenFromLoopback() =>
        Assert.Equal(("127.0.0.1", "http"), await SendAsync(app.Anonymous(), "127.0.0.1"));

    [Fact]
    public void AProxyThatIsNotAnAddressStopsTheStart()
    {
        using var wrong = app.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownNetworks", "10.0.0.0/99"));
        var error = Assert.Throws<InvalidOperationException>(() => wrong.Services);
        Assert.Contains("ForwardedHeaders:KnownNetworks: '10.0.0.0/99'", error.Message);
    }

    [Fact]
    public void ListsAreReadAsChildrenToo()
    {
        // As environment variables give them: ForwardedHeaders__KnownProxies__0=…
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            new("ForwardedHeaders:KnownProxies:0", "10.0.0.5"), new("ForwardedHeaders:KnownProxies:1", "2001:db8::1"),
            new("ForwardedHeaders:KnownNetworks:0", "192.168.10.0/24")]).Build();
        using var services = new ServiceCollection().AddKnownProxies(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("2001:db8::1")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("192.168.10.0/24")], options.KnownIPNetworks);
    }

    private static async Task<(string?, string?)> SendAsync(HttpClient client, string peer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add(PeerAppFactory.Peer, peer);
        request.Headers.Add("X-Forwarded-For", Client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.GetValues(PeerAppFactory.SeenIp).Single(), response.Headers.GetValues(PeerAppFactory.SeenScheme).Single());
    }
}
