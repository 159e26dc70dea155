using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThongSuot.Documents;
using ThongSuot.Documents.Docx;
using ThongSuot.Documents.Pdf;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Directives.Templates;

namespace ThongSuot.Tests.Directives;

/// <summary>
/// Seed 000 entered as data — the "tet-so-2019" template instantiated for the 2020 Canh Tý campaign with the agency
/// names of the time and an invented issuer's people — reproduces in the .docx and the .pdf every task sentence of the
/// original and every layout element of Decree 30.
/// </summary>
public sealed partial class Seed000FidelityTests : IDisposable
{
    private static readonly Lazy<OfficialLetter> Letter = new(Build);
    private readonly MemoryStream _docxBytes = new();
    private readonly WordprocessingDocument _docx;

    public Seed000FidelityTests()
    {
        DocxLetterWriter.Write(Letter.Value, _docxBytes);
        _docxBytes.Position = 0;
        _docx = WordprocessingDocument.Open(_docxBytes, false);
    }

    private static OfficialLetter Build()
    {
        var issuer = TemplateFixtures.Department("Sở Thông tin và Truyền thông tỉnh Quảng Trị", "STTTT");
        var campaign = TemplateFixtures.Campaign(CampaignOccasion.LunarNewYear, 2020);
        Assert.Equal("Tết Nguyên đán Canh Tý 2020", campaign.Name);
        var directive = TemplateInstantiation.Build(DirectiveTemplates.Find("tet-so-2019")!, campaign, issuer, TemplateFixtures.Directory(issuer));
        (directive.Status, directive.Year, directive.Number, directive.IssuedOn) = (DirectiveStatus.Issued, 2019, 1062, new DateOnly(2019, 12, 12));
        return DirectiveLetter.Build(directive, new DateOnly(2019, 12, 12));
    }

    private Body Body => _docx.MainDocumentPart!.Document.Body!;

    [Fact]
    public void EveryTaskSentenceAndTheOpeningAppearInTheDocx()
    {
        var text = Flat(string.Join(" ", Body.Elements<Paragraph>().Select(p => p.InnerText)));
        Assert.Equal(12, Seed000Text.Tasks.Length);
        foreach (var task in Seed000Text.Tasks) Assert.Contains(Flat(task), text, StringComparison.Ordinal);
        Assert.Contains(Flat(Seed000Text.Opening), text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTaskSentenceAndTheOpeningAppearInThePdf()
    {
        var text = PdfText();
        foreach (var task in Seed000Text.Tasks) Assert.Contains(Flat(task), text, StringComparison.Ordinal);
        Assert.Contains(Flat(Seed000Text.Opening), text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocxHasEveryDecree30ElementWithItsFontAndSize()
    {
        var header = Body.Elements<Table>().First();
        AssertText(Cell(header, 0, 0)[0], "UBND TỈNH QUẢNG TRỊ", "24", bold: false, italic: false);
        AssertText(Cell(header, 0, 0)[1], "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "24", bold: true, italic: false);
        AssertText(Cell(header, 0, 1)[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "24", bold: true, italic: false);
        AssertText(Cell(header, 0, 1)[1], "Độc lập - Tự do - Hạnh phúc", "26", bold: true, italic: false);
        AssertText(Cell(header, 1, 0)[0], "Số: 1062/STTTT-BCVT", "26", bold: false, italic: false);
        AssertText(Cell(header, 1, 0)[1], "V/v đảm bảo an toàn thông tin liên lạc phục vụ trong dịp Tết Dương lịch và Tết Nguyên đán Canh Tý năm 2020", "24", bold: false, italic: false);
        AssertText(Cell(header, 1, 1)[0], "Quảng Trị, ngày 12 tháng 12 năm 2019", "26", bold: false, italic: true);

        var paragraphs = Body.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();
        var label = paragraphs.FindIndex(p => p.InnerText == "Kính gửi:");
        Assert.True(label >= 0);
        Assert.Equal("- UBND các huyện, thị xã, thành phố;", paragraphs[label + 1].InnerText);
        Assert.Equal("- Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp.", paragraphs[label + 2].InnerText);
        AssertText(paragraphs.Single(p => p.InnerText.StartsWith("I. ", StringComparison.Ordinal)), "I. UBND các huyện, thị xã, thành phố", "28", bold: true, italic: false);
        AssertText(paragraphs.Single(p => p.InnerText.StartsWith("II. ", StringComparison.Ordinal)), "II. Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp", "28", bold: true, italic: false);
        var numbered = paragraphs.Select(p => p.InnerText).Where(t => NumberedTask().IsMatch(t)).ToList();
        Assert.Equal(12, numbered.Count);
        Assert.Equal(["1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "6", "7"], numbered.Select(t => t.Split('.')[0]));
        Assert.EndsWith("(đồng chí Phạm Thị Thu – Trưởng phòng Bưu chính Viễn thông)./.", paragraphs.Last(p => p.Ancestors<Table>().FirstOrDefault() is null).InnerText, StringComparison.Ordinal);

        var footer = Body.Elements<Table>().Last();
        var distribution = Cell(footer, 0, 0);
        AssertText(distribution[0], "Nơi nhận:", "24", bold: true, italic: true);
        Assert.Equal("- Như trên;", distribution[1].InnerText);
        Assert.Contains(distribution, p => p.InnerText == "- Công An tỉnh (phối hợp);");
        AssertText(distribution[^1], "- Lưu: VT, BCVT.", "22", bold: false, italic: false);
        var signature = Cell(footer, 0, 1);
        AssertText(signature[0], "GIÁM ĐỐC", "28", bold: true, italic: false);
        AssertText(signature[^1], "Lê Văn Hòa", "28", bold: true, italic: false);
        Assert.All(Body.Descendants<Run>(), r => Assert.Equal("Times New Roman", r.RunProperties!.RunFonts!.HighAnsi!.Value));
    }

    [Fact]
    public void ThePdfHasEveryDecree30ElementInOrder()
    {
        var text = PdfText();
        string[] order =
        [
            "UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1062/STTTT-BCVT",
            "Quảng Trị, ngày 12 tháng 12 năm 2019", "V/v đảm bảo an toàn thông tin liên lạc", "Kính gửi:",
            "- UBND các huyện, thị xã, thành phố;", "- Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp.",
            "I. UBND các huyện, thị xã, thành phố", "1. Chỉ đạo phòng Văn hóa", "II. Các doanh nghiệp Bưu chính", "7. Tổ chức tự kiểm tra",
            "Trưởng phòng Bưu chính Viễn thông)./.", "Nơi nhận:", "GIÁM ĐỐC", "- Như trên;", "- Lưu: VT, BCVT.", "Lê Văn Hòa",
        ];
        var positions = order.Select(s => (s, at: text.IndexOf(s, StringComparison.Ordinal))).ToList();
        Assert.All(positions, p => Assert.True(p.at >= 0, $"missing: {p.s}"));
        Assert.Equal(positions.Select(p => p.at).Order(), positions.Select(p => p.at));
        Assert.Contains("SỞ THÔNG TIN", text, StringComparison.Ordinal);
        Assert.Contains("VÀ TRUYỀN THÔNG", text, StringComparison.Ordinal);
    }

    /// <summary>pdftotext of every page, page numbers dropped and whitespace collapsed, so lines and pages join up.</summary>
    private static string PdfText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"seed000-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(path)) PdfLetterWriter.Write(Letter.Value, file);
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var a in new[] { "-layout", "-enc", "UTF-8", path, "-" }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var pages = output.TrimEnd('\f', '\n').Split('\f');
            Assert.True(pages.Length >= 2, "the letter runs over more than one page");
            return Flat(string.Join(" ", pages.Select((page, i) => i == 0 ? page : PageNumber().Replace(page, "", 1))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<Paragraph> Cell(Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column).Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();

    private static void AssertText(Paragraph p, string text, string size, bool bold, bool italic)
    {
        Assert.Equal(text, p.InnerText);
        foreach (var run in p.Descendants<Run>())
        {
            var props = run.RunProperties!;
            Assert.Equal(size, props.FontSize!.Val!.Value);
            Assert.Equal(bold, props.Bold is not null);
            Assert.Equal(italic, props.Italic is not null);
            Assert.Equal("Times New Roman", props.RunFonts!.Ascii!.Value);
        }
    }

    private static string Flat(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*\d+\s*\n")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex NumberedTask();

    public void Dispose()
    {
        _docx.Dispose();
        _docxBytes.Dispose();
    }
}
