using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>The notifications test app with the SSRF guard on, as in production (the other tests allow loopback receivers).</summary>
public abstract class WebhookGuardAppFactory(DbProvider provider) : NotificationsAppFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:Webhooks:AllowPrivateNetworks"] = "false",
        }));
    }
}

public sealed class SqliteWebhookGuardAppFactory() : WebhookGuardAppFactory(DbProvider.Sqlite);

/// <summary>Webhooks cannot be aimed at the server's own network: refused when saved, and again when a delivery connects.</summary>
public abstract class WebhookPrivateNetworkTests(WebhookGuardAppFactory app)
{
    [Fact]
    public async Task RegisteringAnInternalAddressIsAFieldErrorOnUrlAndWritesNothing()
    {
        var viettel = await app.SignedInAsync("viettel");
        string[] urls =
        [
            "http://127.0.0.1:5432/", "http://10.0.0.5/", "http://169.254.169.254/latest", "http://[::1]/", "http://localhost/",
            "http://[::ffff:127.0.0.1]/hook", "http://192.168.1.10:8080/hook", "http://100.64.0.1/", "http://0.0.0.0/", "http://2130706433/",
            "https://api.localhost/hook",
        ];
        foreach (var url in urls)
        {
            var response = await viettel.PostAsJsonAsync("/api/v1/webhooks", new { name = "Nội bộ bị chặn", url });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal(WebhookAddressGuard.RefusedMessage, errors.GetProperty("url")[0].GetString());
        }
        Assert.False(await app.WithDbAsync(db => db.Set<WebhookEndpoint>().AnyAsync(w => w.Name == "Nội bộ bị chặn")));

        var created = await viettel.PostAsJsonAsync("/api/v1/webhooks", new { name = "NOC công khai", url = "https://noc.viettel.example/hook" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetGuid();
        var moved = await viettel.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { name = "NOC công khai", url = "http://10.0.0.5/hook" });
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.True((await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("url", out _));
        Assert.Equal("https://noc.viettel.example/hook", await app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(w => w.Id == id).Select(w => w.Url).SingleAsync()));
    }

    [Fact]
    public async Task AWebhookStoredPointingAtLoopbackIsNeverDeliveredAndEachAttemptSaysWhy()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuseFirst: 0);
        receiver.Secret = "whsec_direct";
        var port = new Uri(receiver.Url).Port;
        // Rows written past the validation, as an old row from before the guard or a name that later resolves to loopback.
        var (literalId, namedId) = await app.WithDbAsync(async db =>
        {
            var orgId = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync();
            WebhookEndpoint Row(string name, string url) => new()
            {
                OrganizationId = orgId, Name = name, Url = url, Secret = "whsec_direct", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            var literal = Row("Chèn thẳng 127.0.0.1", receiver.Url);
            var named = Row("Chèn thẳng localhost", $"http://localhost:{port}/hook");
            db.AddRange(literal, named);
            await db.SaveChangesAsync();
            return (literal.Id, named.Id);
        });
        var viettel = await app.SignedInAsync("viettel");
        Assert.Equal(HttpStatusCode.Accepted, (await viettel.PostAsync($"/api/v1/webhooks/{literalId}/test", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await viettel.PostAsync($"/api/v1/webhooks/{namedId}/test", null)).StatusCode);
        Task<OutboxMessage> MessageAsync(Guid endpointId) =>
            app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.WebhookEndpointId == endpointId));

        await app.Dispatcher.DispatchDueAsync();

        var literalMessage = await MessageAsync(literalId);
        var namedMessage = await MessageAsync(namedId);
        Assert.Equal(OutboxStatus.Failed, literalMessage.Status);
        Assert.Equal(1, literalMessage.Attempts);
        Assert.StartsWith(nameof(WebhookDestinationRefusedException), literalMessage.LastError);
        Assert.Contains("127.0.0.1", literalMessage.LastError);
        Assert.Contains(WebhookAddressGuard.RefusedMessage, literalMessage.LastError);
        Assert.DoesNotContain(" at ", literalMessage.LastError);
        Assert.Equal(OutboxStatus.Failed, namedMessage.Status);
        Assert.Contains("localhost", namedMessage.LastError);
        Assert.Contains(WebhookAddressGuard.RefusedMessage, namedMessage.LastError);

        // Retried like any failure, until Dead after the last attempt, and the receiver never hears a thing.
        for (var attempt = 2; attempt <= 6; attempt++)
        {
            app.Clock.MoveTo((await MessageAsync(literalId)).NextAttemptAt.AddSeconds(1));
            await app.Dispatcher.DispatchDueAsync();
        }
        var dead = await MessageAsync(literalId);
        Assert.Equal(OutboxStatus.Dead, dead.Status);
        Assert.Equal(6, dead.Attempts);
        Assert.Contains(WebhookAddressGuard.RefusedMessage, dead.LastError);
        Assert.Empty(receiver.Deliveries);
    }
}

public sealed class WebhookPrivateNetworkTestsOnSqlite(SqliteWebhookGuardAppFactory app) : WebhookPrivateNetworkTests(app), IClassFixture<SqliteWebhookGuardAppFactory>;
