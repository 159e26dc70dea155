using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Incidents;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

/// <summary>A submitted report tells the department's coordinators; a returned or accepted one tells the reporting organisation; each once.</summary>
public sealed class ReportNotificationsTests(SqliteNotificationsAppFactory app) : IClassFixture<SqliteNotificationsAppFactory>
{
    [Fact]
    public async Task SubmitTellsTheCoordinatorsAndReturnAndAcceptTellTheReportingOrganisationOnceEach()
    {
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Viettel);
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var url = $"/api/v1/compliance/assignments/{a.Id}";
        var coordinatorId = await app.UserIdAsync("coordinator");
        var viettelUser = await app.UserIdAsync("viettel");
        var viettelMail = (await app.WithDbAsync(db =>
            db.Set<Features.Organizations.Organization>().Where(o => o.Id == letter.Viettel).Select(o => o.Email).SingleAsync()))!.ToLowerInvariant();

        var first = await ExpectAsync(await viettel.PostAsJsonAsync($"{url}/reports", new { text = "Đã sẵn sàng", values = new { staffOnDuty = 25 } }), HttpStatusCode.Created);
        var firstReport = first.GetProperty("reports")[0].GetProperty("id").GetGuid();
        var submitted = await app.MessagesAsyncStartingWith($"compliance:report:{firstReport}:Submitted|");
        var told = Assert.Single(submitted);
        Assert.Equal((OutboxChannel.InApp, coordinatorId, ReportNotifications.SubmittedEvent, $"/Compliance/Assignment/{a.Id}"),
            (told.Channel, told.UserId!.Value, told.EventType, told.Link));
        Assert.StartsWith("[Báo cáo mới] ", told.Subject, StringComparison.Ordinal);
        Assert.Contains("gửi báo cáo (lần 1)", told.Subject, StringComparison.Ordinal);

        var returned = await ExpectAsync(await coordinator.PostAsJsonAsync($"{url}/return", new { comment = "Thiếu số máy phát điện.", revision = Revision(first) }), HttpStatusCode.OK);
        var back = await app.MessagesAsyncStartingWith($"compliance:report:{firstReport}:Returned|");
        Assert.Equal(new[] { (OutboxChannel.InApp, $"user:{viettelUser}"), (OutboxChannel.Email, viettelMail) }.Order(),
            back.Select(m => (m.Channel, m.DedupKey.Split('|')[2])).Order());
        Assert.All(back, m => Assert.Equal((ReportNotifications.ReturnedEvent, letter.Viettel), (m.EventType, m.OrganizationId!.Value)));
        Assert.All(back, m => Assert.Contains("Nhận xét: Thiếu số máy phát điện.", m.Body, StringComparison.Ordinal));

        var second = await ExpectAsync(await viettel.PostAsJsonAsync($"{url}/reports", new { text = "Bổ sung", values = new { staffOnDuty = 30 }, revision = Revision(returned) }), HttpStatusCode.Created);
        await ExpectAsync(await coordinator.PostAsJsonAsync($"{url}/accept", new { revision = Revision(second) }), HttpStatusCode.OK);
        var secondReport = second.GetProperty("reports").EnumerateArray().Select(r => (Id: r.GetProperty("id").GetGuid(), V: r.GetProperty("version").GetInt32())).MaxBy(r => r.V).Id;
        var accepted = await app.MessagesAsyncStartingWith($"compliance:report:{secondReport}:Accepted|");
        Assert.Equal(new[] { (OutboxChannel.InApp, $"user:{viettelUser}"), (OutboxChannel.Email, viettelMail) }.Order(),
            accepted.Select(m => (m.Channel, m.DedupKey.Split('|')[2])).Order());
        Assert.Single(await app.MessagesAsyncStartingWith($"compliance:report:{secondReport}:Submitted|"));
        // Nothing of this assignment went to the other side's channels: the coordinator heard of submissions only.
        var all = await app.MessagesAsyncStartingWith("compliance:report:");
        Assert.Equal(2, all.Count(m => m.UserId == coordinatorId && (m.DedupKey.Contains(firstReport.ToString()) || m.DedupKey.Contains(secondReport.ToString()))));
    }
}
