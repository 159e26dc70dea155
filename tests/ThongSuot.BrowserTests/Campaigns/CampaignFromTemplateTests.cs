using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;

namespace ThongSuot.BrowserTests.Campaigns;

/// <summary>A coordinator starts a Tết campaign from a seed template: sees the name, creates it, lands in the letter editor
/// (built by the directives feature), then copies last year's letter into it from the campaign's page.</summary>
public sealed partial class CampaignFromTemplateTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CoordinatorSeesTheComputedNameAndCreatesCampaignAndDraft()
    {
        var page = await app.NewPageAsync("coordinator");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Chiến dịch" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Chiến dịch mới từ mẫu" }).ClickAsync();
        await page.GetByLabel("Tết Dương lịch và Tết Nguyên đán: Sở gửi UBND cấp huyện (nay cấp xã) và doanh nghiệp").CheckAsync();
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2028");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem tên chiến dịch" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("campaign-name")).ToHaveTextAsync("Tết Nguyên đán Mậu Thân 2028");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo chiến dịch và công văn" }).ClickAsync();
        await page.WaitForURLAsync(EditorUrl());

        // On the new campaign's page, "copy last year's" carries the demo's issued 2027 letter into a 2028 draft.
        await page.GotoAsync("/Campaigns");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tết Nguyên đán Mậu Thân 2028" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tết Nguyên đán Mậu Thân 2028", Level = 1 })).ToBeVisibleAsync();
        violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sao chép công văn năm trước" }).ClickAsync();
        await page.WaitForURLAsync(EditorUrl());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Directives/Edit/[0-9a-f-]{36}$")]
    private static partial Regex EditorUrl();
}
