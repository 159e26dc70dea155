using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Tests.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

public abstract class ComplianceScopingTests(AppFactory app)
{
    [Fact]
    public async Task AVnptMemberCannotReadOrSubmitViettelsAssignmentReportOrAttachment()
    {
        // The test form sorts before any seeded one, so the figures these reports send are known.
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Viettel);
        var viettel = await app.SignedInAsync("viettel");
        var submitted = await ExpectAsync(await SubmitAsync(viettel, a.Id, Multipart("Báo cáo riêng của Viettel", new { staffOnDuty = 4 }, null, ("rieng.pdf", Pdf))), HttpStatusCode.Created);
        var report = submitted.GetProperty("reports")[0];
        var reportId = report.GetProperty("id").GetGuid();
        var fileId = report.GetProperty("attachments")[0].GetProperty("fileId").GetGuid();
        var before = await CountsAsync(app);
        var revision = Revision(submitted);

        foreach (var vnpt in new[] { await app.SignedInAsync("vnpt"), await app.OperatorSystemAsync("VNPT") })
        {
            var url = $"/api/v1/compliance/assignments/{a.Id}";
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"{url}/reports")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"{url}/acknowledge", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(vnpt, a.Id, Multipart("Giả danh", files: ("x.pdf", Pdf)))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsJsonAsync($"{url}/reports", new { text = "Giả danh" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsJsonAsync($"{url}/accept", new { revision })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/compliance/files/{fileId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/compliance/reports/{reportId}/files/{fileId}")).StatusCode);
            var list = await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/compliance/assignments");
            Assert.DoesNotContain(list.EnumerateArray(), x => x.GetProperty("id").GetGuid() == a.Id);
        }
        var member = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/Compliance/Assignment/{a.Id}")).StatusCode);
        Assert.DoesNotContain("Báo cáo riêng của Viettel", await member.GetStringAsync("/Compliance"));

        // A viewer reads but neither reports nor reviews; a Member cannot review its own report.
        var viewer = await app.SignedInAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/compliance/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/accept", new { revision })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/accept", new { revision })).StatusCode);

        Assert.Equal(before, await CountsAsync(app));
        var stored = await app.WithDbAsync(db => db.Set<ComplianceAssignment>().AsNoTracking().FirstAsync(x => x.Id == a.Id));
        Assert.Equal((AssignmentStatus.Submitted, revision), (stored.Status, stored.Revision));
    }

    [Fact]
    public async Task ARecipientsSystemReportsWithItsApiKey()
    {
        // The test form sorts before any seeded one, so the figures these reports send are known.
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Viettel);
        var noc = await app.OperatorSystemAsync("VIETTEL");
        var list = await noc.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/assignments?directiveId={letter.Id}");
        Assert.Equal(2, list.GetArrayLength());
        await ExpectAsync(await noc.PostAsync($"/api/v1/compliance/assignments/{a.Id}/acknowledge", null), HttpStatusCode.OK);
        var done = await ExpectAsync(await SubmitAsync(noc, a.Id, Multipart("Từ hệ thống NOC", new { staffOnDuty = 6 }, null, ("noc.pdf", Pdf))), HttpStatusCode.Created);
        Assert.Equal("Reported", State(done));
        Assert.Equal(1, done.GetProperty("reports")[0].GetProperty("attachments").GetArrayLength());
    }
}

public sealed class ComplianceScopingSqliteTests(OwnSqliteAppFactory app) : ComplianceScopingTests(app), IClassFixture<OwnSqliteAppFactory>;
