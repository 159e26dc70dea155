using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>The signed, single-use acknowledge link in incident e-mails, used anonymously at /a/{token}.</summary>
public abstract class IncidentAcknowledgeLinkTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task TheLinkInTheNewIncidentEmailAcknowledgesItOnceAsItsRecipient()
    {
        var (id, number) = await ReportAsync("Mất dịch vụ thử liên kết tiếp nhận");
        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var path = await LinkForAsync(id, vnpt);
        var client = app.Anonymous();

        var preview = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains($"Xác nhận đã tiếp nhận sự cố {number}", await TextAsync(preview));
        Assert.Equal(IncidentStatus.Reported, (await IncidentsTestData.FindAsync(app, id))!.Status); // looking does nothing

        var form = await SignIn.AntiforgeryTokenAsync(client, path);
        var first = await PostLinkAsync(client, path, form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains($"Đã xác nhận tiếp nhận sự cố {number}", await TextAsync(first));

        var incident = (await IncidentsTestData.FindAsync(app, id))!;
        Assert.Equal(IncidentStatus.Acknowledged, incident.Status);
        Assert.NotNull(incident.AcknowledgedAt);
        var entry = await app.WithDbAsync(db => db.Set<IncidentEntry>().SingleAsync(e => e.IncidentId == id && e.ToStatus == IncidentStatus.Acknowledged));
        Assert.Equal("Hộp thư VNPT (qua liên kết trong email)", entry.ByName);
        Assert.Equal(vnpt, entry.OrganizationId);

        var second = await PostLinkAsync(client, path, form);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("Liên kết này đã được sử dụng.", await TextAsync(second));

        // The department's own link for the same incident now does nothing and says who acknowledged it.
        var departmentPath = await LinkForAsync(id, await IncidentsTestData.OrgAsync(app, "SKHCN"));
        var late = await PostLinkAsync(client, departmentPath, await SignIn.AntiforgeryTokenAsync(client, departmentPath));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("đã được tiếp nhận lúc", await TextAsync(late));
        Assert.Contains("Hộp thư VNPT", await TextAsync(late));
        Assert.Equal(incident.Revision, (await IncidentsTestData.FindAsync(app, id))!.Revision);

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(Incident) && a.EntityId == id.ToString() && a.Action == AuditAction.Update).ToListAsync());
        Assert.Contains(audit, a => a.After!.Contains("Acknowledged"));
        // The reporting organisation hears of the new status (published after the link's save commits).
        var viettel = await IncidentsTestData.OrgAsync(app, "VIETTEL");
        for (var i = 0; i < 50 && !await StatusNoticeAsync(id, viettel); i++) await Task.Delay(100);
        Assert.True(await StatusNoticeAsync(id, viettel), "the reporting organisation is told the incident was acknowledged");
    }

    [Fact]
    public async Task TheLinkOfAnEscalationAcknowledgesAsThePersonOnDuty()
    {
        await EnsureDutyAsync(app);
        var id = (await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Mất sóng thử tiếp nhận bởi người trực", severity: 1))).Id();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.ScanAsync();
        var viettelUser = await app.UserIdAsync("viettel");
        var bell = Assert.Single(await app.MessagesAsync($"incident:{id}:escalation:Acknowledge:1"), m => m.UserId == viettelUser);
        var path = LinkPath(bell.Body);
        var client = app.Anonymous();

        var done = await PostLinkAsync(client, path, await SignIn.AntiforgeryTokenAsync(client, path));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var entry = await app.WithDbAsync(db => db.Set<IncidentEntry>().SingleAsync(e => e.IncidentId == id && e.ToStatus == IncidentStatus.Acknowledged));
        Assert.Equal(viettelUser, entry.ByUserId);
        Assert.Contains("Phạm Văn Viettel", entry.ByName);
        Assert.EndsWith("(qua liên kết trong email)", entry.ByName);
    }

    [Fact]
    public async Task AnExpiredLinkIsRefusedAndTheIncidentStaysReported()
    {
        var (id, _) = await ReportAsync("Mất dịch vụ thử liên kết hết hạn");
        var path = await LinkForAsync(id, await IncidentsTestData.OrgAsync(app, "VNPT"));
        var client = app.Anonymous();
        var form = await SignIn.AntiforgeryTokenAsync(client, path);
        app.Clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));

        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("Liên kết đã hết hạn.", await TextAsync(get));
        var post = await PostLinkAsync(client, path, form);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(IncidentStatus.Reported, (await IncidentsTestData.FindAsync(app, id))!.Status);
    }

    [Fact]
    public async Task ALinkOfAnotherPurposeOrTargetDoesNotAcknowledge()
    {
        var (id, _) = await ReportAsync("Mất dịch vụ thử liên kết sai mục đích");
        var paths = await app.WithDbAsync(async db =>
        {
            var links = app.Services.CreateScope().ServiceProvider.GetRequiredService<ActionLinks>();
            // A "mark read" link pointed at the incident, and an acknowledge link pointed at the incident instead of a recipient.
            var wrongPurpose = links.Issue(db, MarkReadLinkHandler.PurposeName, id, TimeSpan.FromHours(1));
            var wrongTarget = links.Issue(db, IncidentAcknowledgeLinkHandler.PurposeName, id, TimeSpan.FromHours(1));
            await db.SaveChangesAsync();
            return new[] { new Uri(wrongPurpose).AbsolutePath, new Uri(wrongTarget).AbsolutePath };
        });
        var client = app.Anonymous();
        var realPath = await LinkForAsync(id, await IncidentsTestData.OrgAsync(app, "VNPT"));
        var form = await SignIn.AntiforgeryTokenAsync(client, realPath);
        foreach (var path in paths.Append("/a/not-a-token").Append("/a/" + new string('A', 43)))
        {
            var post = await PostLinkAsync(client, path, form);
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Contains(ActionLinks.NotFoundMessage, await TextAsync(post));
        }
        var incident = (await IncidentsTestData.FindAsync(app, id))!;
        Assert.Equal(IncidentStatus.Reported, incident.Status);
        Assert.Equal(1, incident.Revision);
    }

    private async Task<(Guid Id, string Number)> ReportAsync(string title, int severity = 2)
    {
        var vnpt = await IncidentsTestData.OrgAsync(app, "VNPT");
        var body = new
        {
            type = "VoiceOutage", severity, title, reporterName = "Người Báo Thử", services = new[] { "Voice" },
            affectedOrganizationIds = new[] { vnpt }, startedAt = "2026-11-20T08:00:00+07:00",
        };
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), body);
        return (created.Id(), created.GetProperty("number").GetString()!);
    }

    /// <summary>The acknowledge link in the e-mail the organisation's mailbox got about the new incident.</summary>
    private async Task<string> LinkForAsync(Guid incidentId, Guid organizationId)
    {
        await app.EventHandlersDoneAsync();
        var mine = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DedupKey.StartsWith($"incident:{incidentId}:reported|") && m.Channel == OutboxChannel.Email && m.OrganizationId == organizationId).ToListAsync());
        Assert.NotEmpty(mine);
        return LinkPath(mine[0].Body);
    }

    private async Task<bool> StatusNoticeAsync(Guid incidentId, Guid organizationId)
    {
        await app.EventHandlersDoneAsync();
        return await app.WithDbAsync(db =>
            db.Set<OutboxMessage>().AnyAsync(m => m.DedupKey.StartsWith($"incident:{incidentId}:status:Acknowledged:") && m.OrganizationId == organizationId));
    }
}

public sealed class IncidentAcknowledgeLinkTestsOnSqlite(SqliteNotificationsAppFactory app) : IncidentAcknowledgeLinkTests(app), IClassFixture<SqliteNotificationsAppFactory>;
