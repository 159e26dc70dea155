using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

public abstract class ComplianceAssignmentsTests(AppFactory app)
{
    [Fact]
    public async Task IssuingALetterCreatesOneAssignmentPerReportTaskAndAddresseeAndNoneForTasksWithoutReport()
    {
        var formId = await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var assignments = await letter.AssignmentsAsync(app);
        var tasks = await app.WithDbAsync(db => db.Set<DirectiveTask>().AsNoTracking()
            .Where(t => db.Set<DirectiveSection>().Any(s => s.Id == t.SectionId && s.DirectiveId == letter.Id)).ToListAsync());
        var operatorsTask = tasks.Single(t => t.Text.StartsWith("Báo cáo số liệu", StringComparison.Ordinal));
        var communeTask = tasks.Single(t => t.Text.StartsWith("Báo cáo kiểm tra", StringComparison.Ordinal));
        var everyoneTask = tasks.Single(t => t.Text.StartsWith("Báo cáo tổng kết", StringComparison.Ordinal));
        var noReport = tasks.Single(t => !t.ReportRequired);

        Assert.Equal(6, assignments.Count);
        Assert.Equal(new[] { letter.Viettel, letter.Vnpt }.Order(), assignments.Where(a => a.TaskId == operatorsTask.Id).Select(a => a.OrganizationId).Order());
        Assert.Equal([letter.DongHoi], assignments.Where(a => a.TaskId == communeTask.Id).Select(a => a.OrganizationId));
        Assert.Equal(new[] { letter.Viettel, letter.Vnpt, letter.DongHoi }.Order(), assignments.Where(a => a.TaskId == everyoneTask.Id).Select(a => a.OrganizationId).Order());
        Assert.DoesNotContain(assignments, a => a.TaskId == noReport.Id);
        Assert.All(assignments, a => Assert.Equal(AssignmentStatus.Pending, a.Status));
        Assert.All(assignments, a => Assert.Equal(operatorsTask.DueDate, a.DueDate));
        // Operators get the operators' form; the commune committee has none in this branch.
        Assert.All(assignments.Where(a => a.OrganizationId != letter.DongHoi), a => Assert.Equal(formId, a.FormId));
        var audited = await app.WithDbAsync(db => db.Set<Features.Audit.AuditEntry>().CountAsync(e => e.EntityType == nameof(ComplianceAssignment)));
        Assert.True(audited >= 6);
    }

    [Fact]
    public async Task AMemberSeesOnlyItsOwnAssignmentsAndTheCoordinatorSeesAllWithFilters()
    {
        var letter = await IssueLetterAsync(app, "Thư kiểm tra hộp thư đến");
        var viettel = await app.SignedInAsync("viettel");
        var mine = await viettel.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/assignments?directiveId={letter.Id}");
        Assert.Equal(2, mine.GetArrayLength());
        Assert.All(mine.EnumerateArray(), a => Assert.Equal(letter.Viettel, a.GetProperty("organizationId").GetGuid()));
        var all = await viettel.GetFromJsonAsync<JsonElement>("/api/v1/compliance/assignments");
        Assert.All(all.EnumerateArray(), a => Assert.Equal(letter.Viettel, a.GetProperty("organizationId").GetGuid()));
        // Asking for another organisation's rows gives none rather than them.
        var others = await viettel.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/assignments?organizationId={letter.Vnpt}");
        Assert.Equal(0, others.GetArrayLength());

        var coordinator = await app.SignedInAsync("coordinator");
        var everyone = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/assignments?directiveId={letter.Id}");
        Assert.Equal(6, everyone.GetArrayLength());
        var vnpt = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/assignments?directiveId={letter.Id}&organizationId={letter.Vnpt}&state=NotAcknowledged");
        Assert.Equal(2, vnpt.GetArrayLength());
        Assert.All(vnpt.EnumerateArray(), a => Assert.Equal("Chưa xác nhận", a.GetProperty("stateName").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/compliance/assignments?state=Nope")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/compliance/assignments?campaignId=abc")).StatusCode);

        var page = await viettel.GetStringAsync("/Compliance");
        Assert.Contains("Báo cáo số liệu sẵn sàng trước ngày", page);
        Assert.DoesNotContain(">VNPT<", page);
        var coordinatorPage = await coordinator.GetStringAsync($"/Compliance?directiveId={letter.Id}");
        Assert.Contains(">VNPT<", coordinatorPage);
        Assert.Contains(">UBND-DONGHOI<", coordinatorPage);
    }

    [Fact]
    public async Task TheDemoLetterHasAssignmentsAtEveryStage()
    {
        var states = await app.WithDbAsync(db => db.Set<ComplianceAssignment>().AsNoTracking()
            .Where(a => db.Set<Directive>().Any(d => d.Id == a.DirectiveId && d.Number == 1062)).Select(a => a.Status).ToListAsync());
        Assert.Contains(AssignmentStatus.Pending, states);
        Assert.Contains(AssignmentStatus.Acknowledged, states);
        Assert.Contains(AssignmentStatus.Submitted, states);
        Assert.Contains(AssignmentStatus.Accepted, states);
        var vnpt = await app.SignedInAsync("vnpt");
        var inbox = await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/compliance/assignments?state=Reported");
        Assert.NotEqual(0, inbox.GetArrayLength());
    }
}

public sealed class ComplianceAssignmentsSqliteTests(OwnSqliteAppFactory app) : ComplianceAssignmentsTests(app), IClassFixture<OwnSqliteAppFactory>;
