using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Compliance;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

public abstract class ComplianceFlowTests(AppFactory app)
{
    [Fact]
    public async Task MemberAcknowledgesReportsIsReturnedResubmitsAndIsAcceptedWithEveryVersionKept()
    {
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Viettel);
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var url = $"/api/v1/compliance/assignments/{a.Id}";

        var acked = await ExpectAsync(await viettel.PostAsync($"{url}/acknowledge", null), HttpStatusCode.OK);
        Assert.Equal("Acknowledged", State(acked));
        // Idempotent: a second acknowledgement changes nothing.
        var again = await ExpectAsync(await viettel.PostAsync($"{url}/acknowledge", null), HttpStatusCode.OK);
        Assert.Equal(Revision(acked), Revision(again));

        var values = new { staffOnDuty = "25", dutyPhone = "0233 3000 101", promotionsSuspended = true, level = "Cao" };
        var first = await ExpectAsync(await SubmitAsync(viettel, a.Id, Multipart("Đã sẵn sàng <script>alert(1)</script>", values, Revision(acked), ("bao-cao.pdf", Pdf))), HttpStatusCode.Created);
        Assert.Equal("Reported", State(first));
        var report = first.GetProperty("reports")[0];
        Assert.Equal(25, report.GetProperty("values").GetProperty("staffOnDuty").GetInt32());
        Assert.True(report.GetProperty("values").GetProperty("promotionsSuspended").GetBoolean());
        var fileUrl = report.GetProperty("attachments")[0].GetProperty("url").GetString()!;
        var download = await viettel.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // The coordinator must give a comment to return it.
        var noComment = await coordinator.PostAsJsonAsync($"{url}/return", new { comment = " ", revision = Revision(first) });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        var returned = await ExpectAsync(await coordinator.PostAsJsonAsync($"{url}/return", new { comment = "Thiếu số máy phát điện.", revision = Revision(first) }), HttpStatusCode.OK);
        Assert.Equal("Returned", State(returned));
        var page = await viettel.GetStringAsync($"/Compliance/Assignment/{a.Id}");
        Assert.Contains("Thiếu số máy phát điện.", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)</script>", page);

        var second = await ExpectAsync(await viettel.PostAsJsonAsync($"{url}/reports",
            new { text = "Bổ sung máy phát điện", values = new { staffOnDuty = 30, note = "đủ" }, revision = Revision(returned) }), HttpStatusCode.Created);
        Assert.Equal("Reported", State(second));
        var accepted = await ExpectAsync(await coordinator.PostAsJsonAsync($"{url}/accept", new { revision = Revision(second) }), HttpStatusCode.OK);
        Assert.Equal("Accepted", State(accepted));
        // Nothing more after acceptance.
        Assert.Equal(HttpStatusCode.Conflict, (await viettel.PostAsJsonAsync($"{url}/reports", new { text = "thêm" })).StatusCode);

        var reports = await viettel.GetFromJsonAsync<JsonElement>($"{url}/reports");
        Assert.Equal([2, 1], reports.EnumerateArray().Select(r => r.GetProperty("version").GetInt32()));
        Assert.Equal(["Accepted", "Returned"], reports.EnumerateArray().Select(r => r.GetProperty("review").GetString()));
        Assert.Equal("Thiếu số máy phát điện.", reports[1].GetProperty("reviewComment").GetString());
        Assert.Equal("Đã sẵn sàng <script>alert(1)</script>", reports[1].GetProperty("text").GetString());

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == nameof(ComplianceAssignment) && e.EntityId == a.Id.ToString()).ToListAsync());
        Assert.True(audit.Count(e => e.Action == AuditAction.Update) >= 5, "acknowledge, submit, return, resubmit and accept are audited");
        var reportIds = await app.WithDbAsync(db => db.Set<ComplianceReport>().Where(r => r.AssignmentId == a.Id).Select(r => r.Id).ToListAsync());
        var reportAudit = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == nameof(ComplianceReport) && e.Action == AuditAction.Create).ToListAsync());
        Assert.Equal(2, reportAudit.Count(e => reportIds.Any(id => id.ToString() == e.EntityId) && e.OrganizationId == letter.Viettel));
    }

    [Fact]
    public async Task AStaleRevisionIsAConflictAndWritesNothing()
    {
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Vnpt);
        var vnpt = await app.SignedInAsync("vnpt");
        var coordinator = await app.SignedInAsync("coordinator");
        var url = $"/api/v1/compliance/assignments/{a.Id}";
        var first = await ExpectAsync(await vnpt.PostAsJsonAsync($"{url}/reports", new { text = "Lần 1", values = new { staffOnDuty = 1 }, revision = a.Revision }), HttpStatusCode.Created);
        // The member submits a newer version while the coordinator still looks at the first.
        var newer = await ExpectAsync(await vnpt.PostAsJsonAsync($"{url}/reports", new { text = "Lần 2", values = new { staffOnDuty = 2 }, revision = Revision(first) }), HttpStatusCode.Created);
        var stale = await coordinator.PostAsJsonAsync($"{url}/accept", new { revision = Revision(first) });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await vnpt.PostAsJsonAsync($"{url}/reports", new { text = "Lần 3", values = new { staffOnDuty = 3 }, revision = Revision(first) })).StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<ComplianceAssignment>().AsNoTracking().Include(x => x.Reports).FirstAsync(x => x.Id == a.Id));
        Assert.Equal(AssignmentStatus.Submitted, stored.Status);
        Assert.Equal(Revision(newer), stored.Revision);
        Assert.Equal(2, stored.Reports.Count);
        Assert.All(stored.Reports, r => Assert.Equal(ReportReview.Pending, r.Review));
    }
}

public sealed class ComplianceFlowSqliteTests(SqliteAppFactory app) : ComplianceFlowTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ComplianceFlowPostgresTests(PostgresAppFactory app) : ComplianceFlowTests(app), IClassFixture<PostgresAppFactory>;
