using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;

namespace ThongSuot.BrowserTests.Duty;

/// <summary>The app with its clock stopped on mồng 1 Tết 2027 (06/02/2027) at 10:00 in Vietnam.</summary>
public sealed class TetMorningBrowserApp : BrowserApp
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2027, 2, 6, 3, 0, 0, TimeSpan.Zero)));
}

/// <summary>Viettel fills its Tết week by pattern; the coordinator's gap list loses Viettel; "on duty now" shows the right person.</summary>
public sealed class DutyRosterTests(TetMorningBrowserApp app) : IClassFixture<TetMorningBrowserApp>
{
    [Fact]
    public async Task MemberFillsAWeekByPatternAndTheCoordinatorsGapListShrinks()
    {
        var coordinator = await app.NewPageAsync("coordinator");
        await coordinator.GotoAsync("/Duty/Gaps");
        var rows = coordinator.GetByTestId("gaps").Locator("tbody tr");
        await Assertions.Expect(coordinator.GetByTestId("gap-VIETTEL")).ToBeVisibleAsync();
        var before = await rows.CountAsync();

        var viettel = await app.NewPageAsync("viettel");
        await viettel.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Trực ca" }).ClickAsync();
        await Assertions.Expect(viettel.GetByTestId("now-VIETTEL")).ToContainTextAsync("Không có ai trực");
        await viettel.GetByRole(AriaRole.Link, new() { Name = "Lịch trực" }).ClickAsync();
        await Assertions.Expect(viettel.GetByRole(AriaRole.Heading, new() { Name = "Lịch trực – Viettel Quảng Trị", Level = 1 })).ToBeVisibleAsync();
        await viettel.GetByLabel("Từ ngày").FillAsync("2027-02-05");
        await viettel.GetByLabel("Đến ngày").FillAsync("2027-02-11");
        await viettel.GetByLabel("Giờ bắt đầu các ca (UTC+7)").FillAsync("07:00, 19:00");
        await viettel.GetByLabel("Lê Văn Cường").CheckAsync();
        await viettel.GetByLabel("Phạm Thị Dung").CheckAsync();
        await viettel.GetByRole(AriaRole.Button, new() { Name = "Tạo các ca" }).ClickAsync();
        await Assertions.Expect(viettel.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo 14 ca trực.");
        await Assertions.Expect(viettel.GetByTestId("coverage")).ToContainTextAsync("đủ người trực");

        await coordinator.ReloadAsync();
        await Assertions.Expect(coordinator.GetByTestId("gap-VIETTEL")).ToHaveCountAsync(0);
        await Assertions.Expect(rows).ToHaveCountAsync(before - 1);

        await coordinator.GotoAsync("/Duty");
        await Assertions.Expect(coordinator.GetByTestId("now-VIETTEL")).ToContainTextAsync("Lê Văn Cường");
        await Assertions.Expect(coordinator.GetByTestId("next-VIETTEL")).ToContainTextAsync("Phạm Thị Dung");
        await Assertions.Expect(coordinator.GetByTestId("next-VIETTEL")).ToContainTextAsync("06/02/2027 19:00");
        await Assertions.Expect(coordinator.GetByTestId("department-hotlines")).ToContainTextAsync("Sở Khoa học và Công nghệ");
        var violations = await Axe.SeriousViolationsAsync(coordinator);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await viettel.GotoAsync("/Duty/Roster");
        violations = await Axe.SeriousViolationsAsync(viettel);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await viettel.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
