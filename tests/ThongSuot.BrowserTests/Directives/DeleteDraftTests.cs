using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;

namespace ThongSuot.BrowserTests.Directives;

/// <summary>Deleting a draft asks first (site.js, data-confirm): "Hủy" keeps the draft, "OK" deletes it.</summary>
public sealed partial class DeleteDraftTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task DeletingADraftAsksFirstAndOnlyDeletesWhenConfirmed()
    {
        var page = await app.NewPageAsync("coordinator");
        await page.GotoAsync("/Campaigns");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tết Nguyên đán Đinh Mùi 2027" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo công văn từ mẫu" }).ClickAsync();
        await page.WaitForURLAsync(EditorUrl());
        var id = EditorUrl().Match(page.Url).Groups["id"].Value;
        await page.GotoAsync($"/Directives/Details/{id}");
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Xóa dự thảo" });

        string? asked = null;
        void Dismiss(object? _, IDialog dialog) { asked = dialog.Message; _ = dialog.DismissAsync(); }
        page.Dialog += Dismiss;
        await delete.ClickAsync();
        Assert.Equal("Xóa dự thảo này?", asked);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Directives/Details/{id}$"));
        page.Dialog -= Dismiss;

        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await delete.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Directives\?campaignId="));
        var gone = await page.GotoAsync($"/Directives/Details/{id}");
        Assert.Equal(404, gone!.Status);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Directives/Edit/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex EditorUrl();
}
