using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;

namespace ThongSuot.BrowserTests.Accounts;

/// <summary>Each demo role signs in through the real form in Chromium and sees the menu of its role.</summary>
public sealed class RoleMenuTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static ILocator Nav(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });

    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("coordinator", true, false)]
    [InlineData("leader", false, false)]
    [InlineData("viewer", false, false)]
    [InlineData("viettel", false, false)]
    [InlineData("vnpt", false, false)]
    public async Task EachRoleSeesItsMenu(string userName, bool seesAdministration, bool seesUsers)
    {
        var page = await app.NewPageAsync(userName);
        var nav = Nav(page);
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(userName);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Danh bạ tổ chức" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Điểm trọng yếu" })).ToBeVisibleAsync();
        Assert.Equal(seesAdministration, await nav.GetByRole(AriaRole.Button, new() { Name = "Quản trị" }).CountAsync() == 1);
        var isMember = userName is "viettel" or "vnpt";
        Assert.Equal(isMember, await nav.GetByRole(AriaRole.Link, new() { Name = "Đơn vị của tôi" }).CountAsync() == 1);
        if (seesAdministration)
        {
            await nav.GetByRole(AriaRole.Button, new() { Name = "Quản trị" }).ClickAsync();
            Assert.Equal(seesUsers, await nav.GetByRole(AriaRole.Link, new() { Name = "Người dùng" }).IsVisibleAsync());
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Khóa API" })).ToBeVisibleAsync();
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EnglishSwitchTranslatesTheMenuAndStays()
    {
        var page = await app.NewPageAsync("leader");
        await Nav(page).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        var englishNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await Assertions.Expect(englishNav.GetByRole(AriaRole.Link, new() { Name = "Organisation directory" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await englishNav.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignInPageIsUsableByKeyboardAlone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Accounts/Login");
        // The user name field has focus on arrival; Tab moves to the password, Enter submits.
        await page.Keyboard.TypeAsync("coordinator");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Accounts/Login"));
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("coordinator");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(null, "/Accounts/Login")]
    [InlineData("coordinator", "/")]
    public async Task PagesHaveNoSeriousAccessibilityViolations(string? userName, string path)
    {
        var page = await app.NewPageAsync(userName);
        await page.GotoAsync(path);
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
