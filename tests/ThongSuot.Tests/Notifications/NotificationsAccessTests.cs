using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>Who sees and changes what: webhooks per organisation, notifications per person, preferences; the audit rows.</summary>
public abstract class NotificationsAccessTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task AVnptMemberCannotSeeOrChangeViettelsWebhooks()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var created = await (await viettel.PostAsJsonAsync("/api/v1/webhooks", new { name = "Viettel riêng", url = "https://noc.viettel.example/hook" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();
        var viettelOrg = created.GetProperty("webhook").GetProperty("organizationId").GetGuid();

        var list = await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/webhooks");
        Assert.DoesNotContain(list.EnumerateArray(), w => w.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { name = "Bị sửa", url = "https://evil.example/" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/webhooks/{id}/test", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vnpt.PostAsJsonAsync("/api/v1/webhooks", new { organizationId = viettelOrg, name = "Cài vào Viettel", url = "https://evil.example/" })).StatusCode);
        var viewer = await app.SignedInAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/webhooks", new { organizationId = viettelOrg, name = "Người xem", url = "https://x.example/" })).StatusCode);
        var page = WebUtility.HtmlDecode(await vnpt.GetStringAsync("/Notifications/Webhooks"));
        Assert.DoesNotContain("noc.viettel.example", page);

        var stored = await app.WithDbAsync(db => db.Set<WebhookEndpoint>().SingleAsync(w => w.Id == id));
        Assert.Equal("Viettel riêng", stored.Name);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(w => w.Url.Contains("evil.example") || w.Url.Contains("x.example"))));

        // A coordinator manages any organisation's endpoints.
        var coordinator = await app.SignedInAsync("coordinator");
        var renamed = await coordinator.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { name = "Viettel NOC", url = "https://noc.viettel.example/v2", enabled = false });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.False((await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task TheSecretIsShownOnceAndMaskedInTheAuditTrail()
    {
        var viettel = await app.SignedInAsync("viettel");
        var created = await (await viettel.PostAsJsonAsync("/api/v1/webhooks", new { name = "Kiểm toán", url = "http://127.0.0.1:9/hook", eventFilter = "incident.*, reminder.due" })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal("incident.*,reminder.due", created.GetProperty("webhook").GetProperty("eventFilter").GetString());

        var again = await viettel.GetStringAsync($"/api/v1/webhooks/{id}");
        Assert.DoesNotContain(secret, again);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.EntityType == nameof(WebhookEndpoint) && a.EntityId == id.ToString()));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("viettel", audit.UserName);
        Assert.Contains("\"Secret\":\"***\"", audit.After);
        Assert.DoesNotContain(secret, audit.After);
        Assert.Equal(created.GetProperty("webhook").GetProperty("organizationId").GetGuid(), audit.OrganizationId);

        Assert.Equal(HttpStatusCode.NoContent, (await viettel.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == id.ToString() && a.Action == AuditAction.Delete)));
    }

    [Fact]
    public async Task EveryoneSeesAndMarksOnlyTheirOwnNotifications()
    {
        var orgId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync());
        var subject = $"Sự cố thử {Guid.NewGuid():N}";
        await app.WithDbAsync(async db =>
        {
            var outbox = app.Services.GetRequiredService<Outbox>();
            await new Notifier(outbox).NotifyOrganizationAsync(db, orgId, new NotificationEvent("incident.created", NotificationCategory.Incidents, subject, subject, "Nội dung <script>alert(1)</script>") { Link = "/Incidents" });
            return await outbox.SaveChangesAsync(db);
        });
        await app.Dispatcher.DispatchDueAsync();

        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var mine = await viettel.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        var item = Assert.Single(mine.EnumerateArray(), n => n.GetProperty("subject").GetString() == subject);
        var id = item.GetProperty("id").GetGuid();
        Assert.DoesNotContain((await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(), n => n.GetProperty("subject").GetString() == subject);

        // The bell counts it; the page shows the body as text.
        var home = await viettel.GetStringAsync("/");
        Assert.Matches("data-testid=\"unread-count\">[1-9][0-9]*<", home);
        var page = await viettel.GetStringAsync("/Notifications");
        Assert.Contains(WebUtility.HtmlEncode(subject), page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);

        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<InAppNotification>().Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await viettel.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Set<InAppNotification>().Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));

        var all = await viettel.PostAsync("/api/v1/notifications/read-all", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Empty((await viettel.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true")).EnumerateArray());
        Assert.DoesNotContain("data-testid=\"unread-count\"", await viettel.GetStringAsync("/"));
    }

    [Fact]
    public async Task PreferencesDecideTheChannelsAndOnlyTheOrganisationsEditorsChangeThem()
    {
        var vnpt = await app.SignedInAsync("vnpt");
        var viettel = await app.SignedInAsync("viettel");
        var orgs = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT" || o.ShortName == "VIETTEL").ToDictionaryAsync(o => o.ShortName, o => o.Id));

        // Another organisation's private settings: not found, as for its other private data.
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.PutAsJsonAsync($"/api/v1/notifications/preferences/organizations/{orgs["VNPT"]}",
            new[] { new { category = "Duty", inApp = false, email = false, webhook = false } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.GetAsync($"/api/v1/notifications/preferences?organizationId={orgs["VNPT"]}")).StatusCode);

        var set = await vnpt.PutAsJsonAsync($"/api/v1/notifications/preferences/organizations/{orgs["VNPT"]}",
            new[] { new { category = "Duty", inApp = true, email = false, webhook = false } });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var mine = await vnpt.PutAsJsonAsync("/api/v1/notifications/preferences/mine", new[] { new { category = "Duty", inApp = false, email = true, webhook = true } });
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var dto = await mine.Content.ReadFromJsonAsync<JsonElement>();
        var duty = dto.GetProperty("mine").EnumerateArray().Single(p => p.GetProperty("category").GetString() == "Duty");
        Assert.False(duty.GetProperty("webhook").GetBoolean()); // a person cannot route to the organisation's webhooks

        var key = $"duty:{Guid.NewGuid()}";
        await app.WithDbAsync(async db =>
        {
            var outbox = app.Services.GetRequiredService<Outbox>();
            await new Notifier(outbox).NotifyOrganizationAsync(db, orgs["VNPT"], new NotificationEvent("duty.changed", NotificationCategory.Duty, key, "Đổi ca trực", "Ca đêm 28 Tết đổi người."));
            return await outbox.SaveChangesAsync(db);
        });
        var messages = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.DedupKey.StartsWith(key)).ToListAsync());
        var vnptUser = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "vnpt").Select(u => u.Id).SingleAsync());
        Assert.DoesNotContain(messages, m => m.Channel == OutboxChannel.Email); // the organisation turned e-mail off for duty
        Assert.DoesNotContain(messages, m => m.Channel == OutboxChannel.InApp && m.UserId == vnptUser); // the person turned the bell off

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(NotificationPreference) && a.UserName == "vnpt").CountAsync());
        Assert.True(audit >= 2);
    }
}

public sealed class NotificationsAccessTestsOnSqlite(SqliteNotificationsAppFactory app) : NotificationsAccessTests(app), IClassFixture<SqliteNotificationsAppFactory>;
