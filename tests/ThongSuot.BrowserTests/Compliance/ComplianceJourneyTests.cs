using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;
using ThongSuot.Data;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Organizations;

namespace ThongSuot.BrowserTests.Compliance;

/// <summary>
/// A Viettel member acknowledges the demo Tết letter's report task and reports with figures and a PNG; the coordinator
/// returns it with a comment; the member sees the comment and resubmits; the coordinator accepts. The coordinator's board
/// follows each step: Viettel's cell changes state and the province's sum of the figure changes with the report counted.
/// </summary>
public sealed class ComplianceJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // A 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task ViettelReportsIsReturnedResubmitsAndIsAccepted()
    {
        var (assignmentId, directiveId) = await GiveViettelAFormAsync();
        var png = Path.Combine(Path.GetTempPath(), $"bao-cao-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(png, Png);

        var member = await app.NewPageAsync("viettel");
        await member.GotoAsync("/Compliance");
        var row = member.GetByTestId("compliance-inbox").Locator($"a[href='/Compliance/Assignment/{assignmentId}']");
        await row.ClickAsync();
        await Assertions.Expect(member.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "NotAcknowledged");
        await member.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã nhận" }).ClickAsync();
        await Assertions.Expect(member.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "Acknowledged");

        await member.GetByLabel("Nội dung báo cáo").FillAsync("Viettel đã sẵn sàng 3 trạm BTS lưu động.");
        await member.GetByLabel("Trạm BTS lưu động sẵn sàng").FillAsync("ba");
        await member.GetByLabel("Tệp đính kèm", new() { Exact = false }).SetInputFilesAsync(png);
        await member.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last.ClickAsync();
        await Assertions.Expect(member.Locator(".invalid-feedback")).ToContainTextAsync("phải là số nguyên");
        await member.GetByLabel("Trạm BTS lưu động sẵn sàng").FillAsync("3");
        await member.GetByLabel("Tệp đính kèm", new() { Exact = false }).SetInputFilesAsync(png);
        await member.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last.ClickAsync();
        await Assertions.Expect(member.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "Reported");
        await Assertions.Expect(member.GetByTestId("version")).ToHaveCountAsync(1);
        await Assertions.Expect(member.GetByTestId("version").First).ToContainTextAsync(Path.GetFileName(png));

        var coordinator = await app.NewPageAsync("coordinator");
        await ExpectBoardAsync(coordinator, directiveId, "Reported", "3");
        await coordinator.GotoAsync($"/Compliance/Assignment/{assignmentId}");
        await coordinator.GetByLabel("Nhận xét (bắt buộc khi trả lại)").FillAsync("Đề nghị bổ sung số máy phát điện.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "Returned");
        await ExpectBoardAsync(coordinator, directiveId, "Returned", null);

        await member.GotoAsync($"/Compliance/Assignment/{assignmentId}");
        await Assertions.Expect(member.GetByTestId("review-comment")).ToContainTextAsync("Đề nghị bổ sung số máy phát điện.");
        await member.GetByLabel("Nội dung báo cáo").FillAsync("Viettel đã sẵn sàng 5 trạm BTS lưu động và 5 máy phát điện.");
        await member.GetByLabel("Trạm BTS lưu động sẵn sàng").FillAsync("5");
        await Assertions.Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Gửi phiên bản mới" })).ToBeVisibleAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).Last.ClickAsync();
        await Assertions.Expect(member.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "Reported");
        await Assertions.Expect(member.GetByTestId("version")).ToHaveCountAsync(2);
        await ExpectBoardAsync(coordinator, directiveId, "Reported", "5");

        await coordinator.GotoAsync($"/Compliance/Assignment/{assignmentId}");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Chấp thuận" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByTestId("compliance-state")).ToHaveAttributeAsync("data-state", "Accepted");
        await ExpectBoardAsync(coordinator, directiveId, "Accepted", "5");
        await coordinator.GotoAsync("/Compliance?state=Accepted");
        await Assertions.Expect(coordinator.Locator($"a[href='/Compliance/Assignment/{assignmentId}']")).ToHaveCountAsync(1);
        await member.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
        File.Delete(png);
    }

    /// <summary>The board of the letter: Viettel's cell for the task, and the province's sum of the test form's figure (null: not counted).</summary>
    private static async Task ExpectBoardAsync(IPage coordinator, Guid directiveId, string state, string? mobileBtsTotal)
    {
        await coordinator.GotoAsync($"/Compliance/Board?directiveId={directiveId}");
        var viettel = coordinator.Locator("[data-testid=board-row][data-org=VIETTEL]");
        await Assertions.Expect(viettel.Locator($"td[data-state={state}]")).ToHaveCountAsync(1);
        var sum = coordinator.GetByTestId("sum").Filter(new() { HasText = "Biểu mẫu thử" });
        if (mobileBtsTotal is null) await Assertions.Expect(sum).ToHaveCountAsync(0);
        else await Assertions.Expect(sum.GetByTestId("sum-total")).ToHaveTextAsync(mobileBtsTotal);
    }

    /// <summary>The demo's Viettel assignment, given a small test form so the journey fills a readiness figure.</summary>
    private async Task<(Guid Assignment, Guid Directive)> GiveViettelAFormAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var viettel = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync();
        var assignment = await db.Set<ComplianceAssignment>().Where(a => a.OrganizationId == viettel && a.Status == AssignmentStatus.Pending).OrderBy(a => a.DueDate).FirstAsync();
        var form = new ReadinessForm
        {
            Code = "a-test-browser", Name = "Biểu mẫu thử", OrganizationKinds = "TelecomOperator",
            Fields = ReadinessFieldsJson.Write([new ReadinessField("mobileBts", "Trạm BTS lưu động sẵn sàng", ReadinessFieldType.WholeNumber, Unit: "trạm", Min: 0, Summable: true)]),
        };
        db.Add(form);
        assignment.FormId = form.Id;
        await db.SaveChangesAsync();
        return (assignment.Id, assignment.DirectiveId);
    }
}
