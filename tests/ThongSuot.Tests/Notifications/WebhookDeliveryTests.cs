using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>Signed webhooks to a receiver on loopback that refuses twice, then accepts; the receiver checks every signature.</summary>
public abstract class WebhookDeliveryTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task AReceiverThatFailsTwiceGetsExactlyOneAcceptedSignedDeliveryWithGrowingBackoff()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuseFirst: 2);
        var viettel = await app.SignedInAsync("viettel");
        var created = await viettel.PostAsJsonAsync("/api/v1/webhooks", new { name = "NOC Viettel", url = receiver.Url, eventFilter = "incident.*" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        receiver.Secret = body.GetProperty("secret").GetString();
        var endpointId = body.GetProperty("webhook").GetProperty("id").GetGuid();

        var orgId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync());
        var key = $"incident:{Guid.NewGuid()}:created";
        await app.WithDbAsync(async db =>
        {
            var notifier = new Notifier(app.Services.GetRequiredService<Outbox>());
            await notifier.NotifyOrganizationAsync(db, orgId, new NotificationEvent("incident.created", NotificationCategory.Incidents, key,
                "Sự cố SC-2027-0001: mất sóng tại Cửa Việt", "Trạm BTS Cửa Việt mất điện lưới.") { Data = new { number = "SC-2027-0001", severity = 1 } });
            return await app.Services.GetRequiredService<Outbox>().SaveChangesAsync(db);
        });
        OutboxMessage Message(ThongSuot.Data.AppDbContext db) => db.Set<OutboxMessage>().AsNoTracking().Single(m => m.WebhookEndpointId == endpointId && m.DedupKey.StartsWith(key));

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var before = app.Clock.GetUtcNow().UtcDateTime;
            await app.Dispatcher.DispatchDueAsync();
            var m = await app.WithDbAsync(db => Task.FromResult(Message(db)));
            Assert.Equal(OutboxStatus.Failed, m.Status);
            Assert.Equal(attempt, m.Attempts);
            Assert.Contains("500", m.LastError);
            delays.Add(m.NextAttemptAt - before);
            app.Clock.MoveTo(m.NextAttemptAt.AddSeconds(1));
        }
        await app.Dispatcher.DispatchDueAsync();
        app.Clock.Advance(TimeSpan.FromHours(3));
        await app.Dispatcher.DispatchDueAsync();

        var sent = await app.WithDbAsync(db => Task.FromResult(Message(db)));
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(3, sent.Attempts);
        Assert.True(delays[1] > delays[0], $"backoff grows: {delays[0]} then {delays[1]}");
        Assert.InRange(delays[0].TotalSeconds, 30 * 0.8 - 1, 30 * 1.2 + 1);

        var deliveries = receiver.Deliveries;
        Assert.Equal(3, deliveries.Count);
        Assert.All(deliveries, d => Assert.True(d.SignatureValid));
        Assert.All(deliveries, d => Assert.Equal(sent.Id.ToString(), d.DeliveryId));
        Assert.All(deliveries, d => Assert.Equal("incident.created", d.Event));
        Assert.Single(deliveries, d => d.Status == 204);
        var payload = JsonDocument.Parse(deliveries[^1].Body).RootElement;
        Assert.Equal("SC-2027-0001", payload.GetProperty("data").GetProperty("number").GetString());
        Assert.Equal("Sự cố SC-2027-0001: mất sóng tại Cửa Việt", payload.GetProperty("subject").GetString());
    }

    [Fact]
    public void ATamperedBodyFailsVerification()
    {
        const string secret = "whsec_test";
        var body = """{"event":"incident.created"}""";
        var signature = WebhookSignature.Sign(secret, "1800000000", body);
        Assert.StartsWith("sha256=", signature);
        Assert.Equal(71, signature.Length);
        Assert.True(WebhookSignature.Verify(secret, "1800000000", body, signature));
        Assert.False(WebhookSignature.Verify(secret, "1800000000", body.Replace("created", "closed"), signature));
        Assert.False(WebhookSignature.Verify(secret, "1800000001", body, signature));
        Assert.False(WebhookSignature.Verify("other", "1800000000", body, signature));
    }

    [Fact]
    public async Task SendTestEventQueuesASignedDeliveryThatArrives()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuseFirst: 0);
        var vnpt = await app.SignedInAsync("vnpt");
        var created = await (await vnpt.PostAsJsonAsync("/api/v1/webhooks", new { name = "VNPT thử", url = receiver.Url })).Content.ReadFromJsonAsync<JsonElement>();
        receiver.Secret = created.GetProperty("secret").GetString();
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();

        var test = await vnpt.PostAsync($"/api/v1/webhooks/{id}/test", null);
        Assert.Equal(HttpStatusCode.Accepted, test.StatusCode);
        var deliveryId = (await test.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryId").GetGuid();
        await app.Dispatcher.DispatchDueAsync();

        var delivery = Assert.Single(receiver.Deliveries);
        Assert.Equal(deliveryId.ToString(), delivery.DeliveryId);
        Assert.Equal("webhook.test", delivery.Event);
        Assert.True(delivery.SignatureValid);
        Assert.Equal(204, delivery.Status);
    }

    [Fact]
    public void RetryDelaysDoubleWithJitterAndStopAtTheCap()
    {
        var o = new NotificationsOptions { RetryBaseSeconds = 30, RetryMaxSeconds = 600 };
        Assert.Equal(24, RetrySchedule.Delay(1, o, 0).TotalSeconds, 3);
        Assert.Equal(36, RetrySchedule.Delay(1, o, 1).TotalSeconds, 3);
        for (var n = 1; n < 4; n++) Assert.True(RetrySchedule.Delay(n + 1, o, 0) > RetrySchedule.Delay(n, o, 1));
        Assert.Equal(600, RetrySchedule.Delay(20, o, 0.5).TotalSeconds, 3);
    }
}

public sealed class WebhookDeliveryTestsOnSqlite(SqliteNotificationsAppFactory app) : WebhookDeliveryTests(app), IClassFixture<SqliteNotificationsAppFactory>;
