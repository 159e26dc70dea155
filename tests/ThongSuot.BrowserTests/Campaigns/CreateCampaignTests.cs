using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.BrowserTests.Campaigns;

/// <summary>A coordinator plans Tết Nguyên đán 2027 from the form, with the dates the calendar suggests, and activates it.</summary>
public sealed class CreateCampaignTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CoordinatorCreatesTet2027FromTheSuggestionAndActivatesIt()
    {
        await app.RemoveDemoTetCampaignAsync();
        var page = await app.NewPageAsync("coordinator");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Chiến dịch" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo chiến dịch" }).ClickAsync();
        await page.GetByLabel("Dịp", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Tết Nguyên đán" });
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gợi ý theo lịch" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Tên chiến dịch")).ToHaveValueAsync("Tết Nguyên đán Đinh Mùi 2027");
        await Assertions.Expect(page.GetByLabel("Giai đoạn trong – Từ ngày")).ToHaveValueAsync("2027-01-30");
        await Assertions.Expect(page.GetByLabel("Giai đoạn trong – Đến ngày")).ToHaveValueAsync("2027-02-11");
        await Assertions.Expect(page.GetByTestId("lunar-DuringStart")).ToHaveTextAsync("23/12 âm lịch");
        await Assertions.Expect(page.GetByLabel("Tên khung giờ 1")).ToHaveValueAsync("Đêm giao thừa");
        await page.GetByLabel("Quảng trường Đông Hà – bờ sông Hiếu").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tết Nguyên đán Đinh Mùi 2027", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("campaign-status")).ToHaveTextAsync("Dự thảo");
        await Assertions.Expect(page.GetByTestId("phases")).ToContainTextAsync("30/01/2027");
        await Assertions.Expect(page.GetByTestId("phases")).ToContainTextAsync("23/12 âm lịch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kích hoạt" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("campaign-status")).ToHaveTextAsync("Đang triển khai");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("campaign-sites")).ToContainTextAsync("Quảng trường Đông Hà – bờ sông Hiếu");
        await Assertions.Expect(page.GetByTestId("letters")).ToHaveTextAsync("Chưa có công văn nào.");
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
