using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>"incident.assigned": each organisation an assignment adds is told once, through its own channels.</summary>
public abstract class IncidentAssignmentNotificationsTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task AnAssignedOrganisationIsToldOncePerChannelAndASecondListenerRunAddsNothing()
    {
        var (id, revision) = await ViettelIncidentAsync("Mất sóng thử giao xử lý");
        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var mobifone = await IncidentsTestData.OrgAsync(app, "MOBIFONE");

        await AssignAsync(id, revision, "Ưu tiên trạm Đồng Hới", vnpt);

        var messages = await app.MessagesAsyncStartingWith($"incident:{id}:assigned:");
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(vnpt, m.OrganizationId));
        Assert.All(messages, m => Assert.Equal(IncidentNotifications.AssignedEvent, m.EventType));
        Assert.All(messages, m => Assert.StartsWith($"incident:{id}:assigned:{vnpt}:", m.DedupKey));
        Assert.Equal(messages.Count, messages.Select(m => (m.Channel, m.Address, m.UserId)).Distinct().Count());
        var email = Assert.Single(messages, m => m.Channel == OutboxChannel.Email && m.Address == "lienhe.vnpt@quangtri.example");
        var vnptUser = await app.UserIdAsync("vnpt");
        Assert.Contains(messages, m => m.Channel == OutboxChannel.InApp && m.UserId == vnptUser);
        Assert.Matches(@"^\[Được giao xử lý\] SC-\d{4}-\d{4}: Mất sóng thử giao xử lý$", email.Subject);
        Assert.Contains("được giao xử lý sự cố này", email.Body);
        Assert.Contains("Ưu tiên trạm Đồng Hới", email.Body);
        Assert.Contains($"https://thongsuot.test/Incidents/Details/{id}", email.Body);
        Assert.StartsWith("/a/", LinkPath(email.Body)); // still Reported: the e-mail acknowledges without a sign-in
        Assert.Empty(await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{mobifone}:"));

        // The processor may run a handler twice for one change (its node died before recording the outcome): nothing new.
        var before = await CountAsync(id);
        await RunNotificationsAgainAsync(id, vnpt);
        Assert.Equal(before, await CountAsync(id));
    }

    [Fact]
    public async Task AnOrganisationThatStaysAssignedIsNotToldAgainButOneAssignedAgainIs()
    {
        var (id, revision) = await ViettelIncidentAsync("Đứt cáp thử giao lại");
        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var fpt = await IncidentsTestData.OrgAsync(app, "FPT");

        revision = await AssignAsync(id, revision, null, vnpt, fpt);
        var vnptFirst = await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{vnpt}:");
        Assert.NotEmpty(vnptFirst);
        var fptFirst = await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{fpt}:");
        Assert.NotEmpty(fptFirst);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        revision = await AssignAsync(id, revision, null, vnpt); // FPT removed, VNPT stays
        Assert.Equal(vnptFirst.Count, (await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{vnpt}:")).Count);
        Assert.Equal(fptFirst.Count, (await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{fpt}:")).Count);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await AssignAsync(id, revision, null, vnpt, fpt); // FPT back: a new assignment, told again
        Assert.Equal(2 * fptFirst.Count, (await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{fpt}:")).Count);
        Assert.Equal(vnptFirst.Count, (await app.MessagesAsyncStartingWith($"incident:{id}:assigned:{vnpt}:")).Count);
    }

    [Fact]
    public async Task TheAssignedOrganisationsWebhookGetsTheSignedAssignedEvent()
    {
        await using var receiver = await WebhookReceiver.StartAsync(refuseFirst: 0);
        var hook = await (await app.SignedInAsync("vnpt")).PostAsJsonAsync("/api/v1/webhooks",
            new { name = "NOC VNPT giao việc", url = receiver.Url, eventFilter = "incident.assigned" });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        receiver.Secret = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        var (id, revision) = await ViettelIncidentAsync("Mất dữ liệu di động thử webhook giao việc");

        await AssignAsync(id, revision, null, await IncidentsTestData.OrgAsync(app, "VNPT"));
        await app.EventHandlersDoneAsync();
        for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }

        var delivery = Assert.Single(receiver.Deliveries, d => d.Body.Contains(id.ToString()));
        Assert.True(delivery.SignatureValid);
        Assert.Equal(IncidentNotifications.AssignedEvent, delivery.Event);
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("incident.assigned", body.GetProperty("event").GetString());
        Assert.Equal(id, body.GetProperty("data").GetProperty("id").GetGuid());
        Assert.Equal("Reported", body.GetProperty("data").GetProperty("status").GetString());
    }

    private async Task<(Guid Id, int Revision)> ViettelIncidentAsync(string title)
    {
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), new
        {
            type = "VoiceOutage", severity = 2, title, services = new[] { "Voice" }, startedAt = "2026-11-20T08:00:00+07:00",
        });
        return (created.Id(), created.Revision());
    }

    private async Task<int> AssignAsync(Guid id, int revision, string? note, params Guid[] organizations)
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var response = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { organizationIds = organizations, revision, note });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Revision();
    }

    private Task<int> CountAsync(Guid id) => app.WithDbAsync(async db =>
        await db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"incident:{id}:")));

    /// <summary>The notifications handler again for the last assignment, as the processor would on a retry.</summary>
    private async Task RunNotificationsAgainAsync(Guid id, Guid added)
    {
        var incident = (await IncidentsTestData.FindAsync(app, id))!;
        var at = await app.WithDbAsync(db => db.Set<IncidentEntry>().Where(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Assignment)
            .OrderByDescending(e => e.At).Select(e => e.At).FirstAsync());
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IncidentNotifications>().HandleAsync(new IncidentChanged(id, incident.Number, "assigned", incident.Status, incident.Severity, at, [added], []), default);
    }
}

public sealed class IncidentAssignmentNotificationsTestsOnSqlite(SqliteNotificationsAppFactory app)
    : IncidentAssignmentNotificationsTests(app), IClassFixture<SqliteNotificationsAppFactory>;
