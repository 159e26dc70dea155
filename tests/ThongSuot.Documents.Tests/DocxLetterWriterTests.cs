using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThongSuot.Documents.Tests;

public sealed class DocxLetterWriterTests : IDisposable
{
    private readonly WordprocessingDocument _doc = Rendering.OpenDocx(Seed000.Letter, "seed000");

    private Body Body => _doc.MainDocumentPart!.Document.Body!;

    private Table Header => Body.Elements<Table>().First();

    private Table Footer => Body.Elements<Table>().Last();

    private List<Paragraph> BodyParagraphs => Body.Elements<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();

    [Fact]
    public void DocumentIsValidOpenXml() => Assert.Empty(new OpenXmlValidator().Validate(_doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));

    [Fact]
    public void PageIsA4PortraitWithTheDecreeMargins()
    {
        var section = Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
    }

    [Fact]
    public void EveryRunIsTimesNewRomanAndSoIsTheDefault()
    {
        var defaults = _doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("Times New Roman", defaults.Ascii!.Value);
        Assert.All(Body.Descendants<Run>(), r => Assert.Equal("Times New Roman", r.RunProperties!.RunFonts!.HighAnsi!.Value));
    }

    [Fact]
    public void HeaderIsABorderlessTwoByTwoTableOf72And93Millimetres()
    {
        Assert.Equal(["4082", "5272"], Header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value!));
        Assert.Equal(2, Header.Elements<TableRow>().Count());
        Assert.All(Header.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements,
            b => Assert.Equal(BorderValues.None, ((BorderType)b).Val!.Value));
    }

    [Fact]
    public void AgencyBlockHasTheParentInRegularCapsAndTheIssuerInBoldOverAShortRule()
    {
        var cell = Cell(Header, 0, 0);
        AssertText(cell[0], "UBND TỈNH QUẢNG TRỊ", size: "24", bold: false, italic: false);
        AssertText(cell[1], "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", size: "24", bold: true, italic: false);
        Assert.All(cell.Take(2), p => Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value));
        // "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG" wraps; its longer line is about 42 mm, so the rule is 1/3 to 1/2 of it.
        var rule = RuleWidthMm(cell[2], 72);
        Assert.InRange(rule, 42 / 3.0, 42 / 2.0);
    }

    [Fact]
    public void NationalBlockHasBoldQuocHieuAndTieuNguOverARuleAsLongAsTheMotto()
    {
        var cell = Cell(Header, 0, 1);
        AssertText(cell[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: "24", bold: true, italic: false);
        AssertText(cell[1], "Độc lập - Tự do - Hạnh phúc", size: "26", bold: true, italic: false);
        Assert.InRange(RuleWidthMm(cell[2], 93), 52, 58);
    }

    [Fact]
    public void SecondRowHoldsNumberAndSubjectBesideTheItalicDate()
    {
        var left = Cell(Header, 1, 0);
        AssertText(left[0], "Số: 1062/STTTT-BCVT", size: "26", bold: false, italic: false);
        AssertText(left[1], "V/v đảm bảo an toàn thông tin liên lạc phục vụ trong dịp Tết Dương lịch và Tết Nguyên đán Canh Tý năm 2020",
            size: "24", bold: false, italic: false);
        Assert.Equal("120", left[1].ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
        var date = Cell(Header, 1, 1).Single();
        AssertText(date, "Quảng Trị, ngày 12 tháng 12 năm 2019", size: "26", bold: false, italic: true);
        // Same spacing above Số and the date, same size: they sit on one line.
        Assert.Equal(left[0].ParagraphProperties!.SpacingBetweenLines!.Before!.Value, date.ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
    }

    [Fact]
    public void AddresseesFollowTheLabelAsADashListWithDashesUnderTheColon()
    {
        var paragraphs = BodyParagraphs;
        var label = paragraphs.FindIndex(p => p.InnerText == "Kính gửi:");
        Assert.True(label >= 0);
        Assert.Equal("- UBND các huyện, thị xã, thành phố;", paragraphs[label + 1].InnerText);
        Assert.Equal("- Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp.", paragraphs[label + 2].InnerText);
        var labelIndent = int.Parse(paragraphs[label].ParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        var item = paragraphs[label + 1].ParagraphProperties!.Indentation!;
        var dash = int.Parse(item.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture)
            - int.Parse(item.Hanging!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange((dash - labelIndent) / 56.7, 18.3, 19.3);
        Assert.True(labelIndent > 0, "the block is centred, not flush left");
        Assert.All(paragraphs.Skip(label).Take(3), p => Assert.Equal("28", SizeOf(p)));
    }

    [Fact]
    public void BodyIsJustified14PointWithFirstLineIndentAndSixPointGaps()
    {
        var body = BodyParagraphs.Where(p => p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Both).ToList();
        Assert.Equal(Seed000.Letter.Body.Count + 1, body.Count);
        Assert.All(body, p =>
        {
            Assert.Equal("720", p.ParagraphProperties!.Indentation!.FirstLine!.Value);
            Assert.Equal("28", SizeOf(p));
            var spacing = p.ParagraphProperties.SpacingBetweenLines!;
            Assert.True(int.Parse(spacing.After!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 120);
            Assert.InRange(int.Parse(spacing.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture), 240, 360);
        });
        Assert.StartsWith("Thực hiện Quyết định số 07/2012/QĐ-UBND", body[0].InnerText, StringComparison.Ordinal);
        AssertText(body[1], "I. UBND các huyện, thị xã, thành phố", size: "28", bold: true, italic: false);
        Assert.StartsWith("1. Chỉ đạo phòng Văn hóa và Thông tin", body[2].InnerText, StringComparison.Ordinal);
        Assert.Equal("II. Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp", body[7].InnerText);
        Assert.EndsWith("Trưởng phòng Bưu chính Viễn thông)./.", body[^1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTaskOfTheSeedAppearsVerbatim()
    {
        var text = Rendering.Flat(string.Join(" ", BodyParagraphs.Select(p => p.InnerText)));
        var tasks = Seed000.Letter.Body.OfType<LetterNumberedItem>().ToList();
        Assert.Equal(12, tasks.Count);
        foreach (var sentence in tasks.SelectMany(t => Rendering.Sentences(t.Text)))
            Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.Contains(Rendering.Flat(Seed000.Letter.Body[0].Text), text, StringComparison.Ordinal);
    }

    [Fact]
    public void SignatureBlockHasTitleSpaceAndNameInBold14Point()
    {
        var cell = Cell(Footer, 0, 1);
        AssertText(cell[0], "GIÁM ĐỐC", size: "28", bold: true, italic: false);
        Assert.InRange(int.Parse(cell[0].ParagraphProperties!.SpacingBetweenLines!.After!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 56.7, 24, 30);
        AssertText(cell[1], "Nguyễn Văn An", size: "28", bold: true, italic: false);
        Assert.All(cell, p => Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value));
    }

    [Fact]
    public void DistributionHasABoldItalicHeadingAnd11PointEntries()
    {
        var cell = Cell(Footer, 0, 0);
        AssertText(cell[0], "Nơi nhận:", size: "24", bold: true, italic: true);
        Assert.Equal(JustificationValues.Left, cell[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("- Như trên;", cell[1].InnerText);
        Assert.Equal("- Lưu: VT, BCVT.", cell[^1].InnerText);
        Assert.All(cell.Skip(1), p => AssertText(p, p.InnerText, size: "22", bold: false, italic: false));
        // Level with the first line of the signature block.
        Assert.Equal(Cell(Footer, 0, 1)[0].ParagraphProperties!.SpacingBetweenLines!.Before!.Value, cell[0].ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
    }

    [Fact]
    public void FooterRowMayNotSplitAcrossPages() =>
        Assert.NotNull(Footer.Elements<TableRow>().Single().TableRowProperties!.GetFirstChild<CantSplit>());

    [Fact]
    public void PageNumbersAreAPageFieldInTheHeaderExceptOnTheFirstPage()
    {
        var section = Body.GetFirstChild<SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var refs = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => h.Id!.Value!);
        var main = _doc.MainDocumentPart!;
        var numbered = ((HeaderPart)main.GetPartById(refs[HeaderFooterValues.Default])).Header!;
        Assert.Contains(numbered.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        var paragraph = numbered.Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.All(paragraph.Elements<Run>(), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
        var first = ((HeaderPart)main.GetPartById(refs[HeaderFooterValues.First])).Header!;
        Assert.Empty(first.Descendants<FieldCode>());
        Assert.Equal("", first.InnerText);
    }

    [Fact]
    public void UrgencyStampAndDeputySignatureAreLaidOut()
    {
        using var doc = Rendering.OpenDocx(Letters.Short(LetterUrgency.HoaToc, SigningAuthority.KT), "short-urgent");
        var body = doc.MainDocumentPart!.Document.Body!;
        var header = body.Elements<Table>().First();
        var stamp = Cell(header, 1, 0).Single(p => p.InnerText == "HỎA TỐC");
        AssertText(stamp, "HỎA TỐC", size: "26", bold: true, italic: false);
        Assert.NotNull(stamp.ParagraphProperties!.ParagraphBorders!.TopBorder);
        Assert.Equal("Số: 05/SKHCN-BCVT", Cell(header, 1, 0)[0].InnerText);
        Assert.Equal("Quảng Trị, ngày 03 tháng 02 năm 2021", Cell(header, 1, 1)[0].InnerText);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "Kính gửi: Viễn thông Quảng Trị");
        var signature = Cell(body.Elements<Table>().Last(), 0, 1).Select(p => p.InnerText);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Hoa"], signature);
        Assert.Equal("PL.(10)", Cell(body.Elements<Table>().Last(), 0, 0)[^1].InnerText);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
    }

    private static List<Paragraph> Cell(Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column).Elements<Paragraph>().ToList();

    private static string SizeOf(Paragraph p) => p.Descendants<Run>().First().RunProperties!.FontSize!.Val!.Value!;

    private static void AssertText(Paragraph p, string text, string size, bool bold, bool italic)
    {
        Assert.Equal(text, p.InnerText);
        var props = p.Descendants<Run>().Single().RunProperties!;
        Assert.Equal(size, props.FontSize!.Val!.Value);
        Assert.Equal(bold, props.Bold is not null);
        Assert.Equal(italic, props.Italic is not null);
    }

    /// <summary>Width of a border rule drawn between equal side indents in a cell of the given width.</summary>
    private static double RuleWidthMm(Paragraph rule, double cellMm)
    {
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders!.BottomBorder);
        var indent = rule.ParagraphProperties.Indentation!;
        Assert.Equal(indent.Left!.Value, indent.Right!.Value);
        var side = int.Parse(indent.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 56.693;
        return cellMm - 2 * 1.905 - 2 * side;
    }

    public void Dispose() => _doc.Dispose();
}
