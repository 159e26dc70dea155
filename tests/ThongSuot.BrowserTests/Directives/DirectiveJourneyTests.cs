using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;

namespace ThongSuot.BrowserTests.Directives;

/// <summary>
/// The whole life of a Tết directive in the browser: the coordinator plans Tết 2027 from the department's seed template,
/// edits a task, issues the letter and downloads it as .docx and .pdf; the commune committee of Đồng Hới, one of its
/// recipients, cascades it to its own radio station; the campaign page shows the two letters as a tree.
/// </summary>
public sealed partial class DirectiveJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string EditedTask = "Chỉ đạo rà soát toàn bộ hệ thống truyền thanh cơ sở trước đêm giao thừa Đinh Mùi và báo cáo kết quả.";

    [Fact]
    public async Task CoordinatorIssuesTetLetterFromTemplateAndCommuneCascadesIt()
    {
        await app.RemoveDemoTetCampaignAsync();
        var page = await app.NewPageAsync("coordinator");

        await page.GotoAsync("/Campaigns/FromTemplate");
        await page.GetByLabel("Tết Dương lịch và Tết Nguyên đán: Sở gửi UBND cấp huyện (nay cấp xã) và doanh nghiệp").CheckAsync();
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem tên chiến dịch" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("campaign-name")).ToHaveTextAsync("Tết Nguyên đán Đinh Mùi 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo chiến dịch và công văn" }).ClickAsync();
        await page.WaitForURLAsync(EditorUrl());
        var letterId = IdOf(page.Url);

        // Edit the first task of the first section and save.
        var firstTask = page.GetByTestId("section").First.GetByLabel("Nhiệm vụ 1", new() { Exact = true });
        await firstTask.FillAsync(EditedTask);
        await page.GetByTestId("save").ClickAsync();
        await page.GotoAsync($"/Directives/Details/{letterId}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(EditedTask);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Tết Nguyên đán Đinh Mùi năm 2027");
        await AssertAccessibleAsync(page);

        // Issue: the confirmation page shows the number the register will give.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ban hành" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await IssueAsync(page, letterId);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đã ban hành");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sửa" })).ToHaveCountAsync(0);

        var docx = await DownloadAsync(page, "download-docx");
        Assert.EndsWith(".docx", docx.Name);
        Assert.Contains(EditedTask, DocxText(docx.Path));
        Assert.Contains("Đinh Mùi", DocxText(docx.Path));
        var pdf = await DownloadAsync(page, "download-pdf");
        Assert.EndsWith(".pdf", pdf.Name);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf.Path), 0, 4));
        var pdfText = Collapse(await PdfTextAsync(pdf.Path));
        Assert.Contains(Collapse(EditedTask), pdfText);
        Assert.Contains("Kính gửi:", pdfText);
        await page.Context.CloseAsync();

        // The commune committee of Đồng Hới receives the letter and cascades it to its own units.
        var commune = await app.NewPageAsync("donghoi");
        await commune.GotoAsync($"/Directives/Details/{letterId}");
        await Assertions.Expect(commune.Locator("main")).ToContainTextAsync(EditedTask);
        await commune.GetByTestId("cascade").ClickAsync();
        await commune.WaitForURLAsync(EditorUrl());
        var childId = IdOf(commune.Url);
        Assert.NotEqual(letterId, childId);
        await Assertions.Expect(commune.GetByLabel("Dòng 1", new() { Exact = true })).ToHaveValueAsync(new Regex("Đài truyền thanh cơ sở phường Đồng Hới"));
        await Assertions.Expect(commune.GetByLabel("Thực hiện").First).ToHaveValueAsync(new Regex(@"Công văn số \d+/"));
        await AssertAccessibleAsync(commune);
        await commune.GetByTestId("save").ClickAsync();
        await commune.GotoAsync($"/Directives/Issue/{childId}");
        await IssueAsync(commune, childId);
        await Assertions.Expect(commune.Locator("main")).ToContainTextAsync("Đã ban hành");
        await Assertions.Expect(commune.GetByTestId("parent")).ToContainTextAsync("Sở Khoa học và Công nghệ");
        await commune.Context.CloseAsync();

        // The campaign page shows the department's letter with the commune's letter nested under it.
        var coordinator = await app.NewPageAsync("coordinator");
        await coordinator.GotoAsync("/Campaigns");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Tết Nguyên đán Đinh Mùi 2027" }).ClickAsync();
        var nested = coordinator.Locator($"li:has(a[href='/Directives/Details/{letterId}']) li a[href='/Directives/Details/{childId}']");
        await Assertions.Expect(nested).ToHaveCountAsync(1);
        await coordinator.Context.CloseAsync();
    }

    /// <summary>Confirms on the issue page; a refusal (e.g. a due date outside the campaign) fails with the page's own message.</summary>
    private static async Task IssueAsync(IPage page, Guid id)
    {
        await page.GetByTestId("confirm-issue").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(page.Url.EndsWith($"/Directives/Details/{id}", StringComparison.Ordinal),
            $"Not issued, still on {page.Url}:\n{await page.Locator("main").InnerTextAsync()}");
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static async Task<(string Name, string Path)> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"thongsuot-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        return (download.SuggestedFilename, path);
    }

    private static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
    }

    private static async Task<string> PdfTextAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
        { RedirectStandardOutput = true, UseShellExecute = false })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    private static string Collapse(string text) => string.Join(' ', text.Normalize().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Guid IdOf(string url) => Guid.Parse(EditorUrl().Match(url).Groups["id"].Value);

    [GeneratedRegex(@"/Directives/Edit/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex EditorUrl();
}
