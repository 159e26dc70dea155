using System.Text.RegularExpressions;

namespace ThongSuot.Documents.Tests;

public sealed class PdfLetterWriterTests
{
    private static readonly Lazy<string> SeedPdf = new(() => Rendering.WritePdf(Seed000.Letter, "seed000"));

    private static IReadOnlyList<string> Pages => Rendering.PdfPages(SeedPdf.Value);

    [Fact]
    public void HeaderAddresseesBodyAndSignerComeInTheDecreeOrder()
    {
        var text = Rendering.Flat(string.Join(" ", Pages));
        string[] order =
        [
            "UBND TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ THÔNG TIN", "Độc lập - Tự do - Hạnh phúc",
            "Số: 1062/STTTT-BCVT", "Quảng Trị, ngày 12 tháng 12 năm 2019", "V/v đảm bảo an toàn thông tin liên lạc",
            "Kính gửi:", "- UBND các huyện, thị xã, thành phố;", "- Các doanh nghiệp Bưu chính, Viễn thông, Truyền hình cáp.",
            "Thực hiện Quyết định số 07/2012/QĐ-UBND", "I. UBND các huyện, thị xã, thành phố", "II. Các doanh nghiệp Bưu chính",
            "Trưởng phòng Bưu chính Viễn thông)./.", "Nơi nhận:", "GIÁM ĐỐC", "- Như trên;", "- Lưu: VT, BCVT.", "Nguyễn Văn An",
        ];
        var positions = order.Select(s => (s, at: text.IndexOf(s, StringComparison.Ordinal))).ToList();
        Assert.All(positions, p => Assert.True(p.at >= 0, $"missing: {p.s}"));
        Assert.Equal(positions.Select(p => p.at).Order(), positions.Select(p => p.at));
    }

    [Fact]
    public void NumberAndDateShareOneLine()
    {
        var line = Pages[0].Split('\n').Single(l => l.Contains("Số: 1062/STTTT-BCVT", StringComparison.Ordinal));
        Assert.Matches(@"Số: 1062/STTTT-BCVT\s+Quảng Trị, ngày 12 tháng 12 năm 2019", line);
    }

    [Fact]
    public void IssuingAgencyWrapsIntoTwoEvenLines()
    {
        var lines = Pages[0].Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("SỞ THÔNG TIN", StringComparison.Ordinal) && l.Contains("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal));
        Assert.Contains("VÀ TRUYỀN THÔNG", lines);
    }

    [Fact]
    public void EveryTaskOfTheSeedAppearsVerbatim()
    {
        // Drop the page numbers so that a sentence running over a page break reads on.
        var text = Rendering.Flat(string.Join(" ", Pages.Select((page, i) => i == 0 ? page : StripPageNumber(page))));
        var tasks = Seed000.Letter.Body.OfType<LetterNumberedItem>().ToList();
        foreach (var sentence in tasks.SelectMany(t => Rendering.Sentences(t.Text)))
            Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.Contains(Rendering.Flat(Seed000.Letter.Body[0].Text), text, StringComparison.Ordinal);
    }

    [Fact]
    public void LiberationSerifIsEmbedded()
    {
        var fonts = Rendering.Run("pdffonts", SeedPdf.Value).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Contains(fonts, l => l.Contains("Liberation Serif,Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains("Liberation Serif,Italic", StringComparison.Ordinal));
        Assert.All(fonts, l =>
        {
            Assert.Contains("Liberation Serif", l, StringComparison.Ordinal);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+", l); // emb, sub, uni
        });
    }

    [Fact]
    public void LongLetterRunsOverPagesNumberedFromTheSecond()
    {
        var pages = Pages;
        Assert.True(pages.Count > 1);
        Assert.DoesNotMatch(@"^\s*1\s*$", pages[0].Split('\n')[0]);
        for (var i = 1; i < pages.Count; i++)
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine(pages[i]));
    }

    [Fact]
    public void SignatureBlockIsNotSplitAcrossPages()
    {
        var last = Pages[^1];
        foreach (var part in new[] { "Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn An", "- Lưu: VT, BCVT." })
            Assert.Contains(part, last, StringComparison.Ordinal);
        var lines = last.Split('\n');
        Assert.Contains(lines, l => Regex.IsMatch(l, @"Nơi nhận:\s+GIÁM ĐỐC"));
    }

    [Fact]
    public void ShortLetterFitsOnePageWithoutANumberAndShowsTheUrgencyStamp()
    {
        var pdf = Rendering.WritePdf(Letters.Short(LetterUrgency.HoaToc, SigningAuthority.KT), "short-urgent");
        var pages = Rendering.PdfPages(pdf);
        Assert.Single(pages);
        var text = Rendering.Flat(pages[0]);
        foreach (var part in new[] { "Số: 05/SKHCN-BCVT", "HỎA TỐC", "Kính gửi: Viễn thông Quảng Trị", "1. Báo cáo tình hình trước ngày 20/02/2021./.",
                     "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Hoa", "PL.(10)" })
            Assert.Contains(part, text, StringComparison.Ordinal);
        Assert.Matches(@"Số: 05/SKHCN-BCVT\s+Quảng Trị, ngày 03 tháng 02 năm 2021", pages[0]);
    }

    [Fact]
    public void FirstPageRendersToAnImage()
    {
        var prefix = Path.Combine(Rendering.Folder, "seed000-page");
        Rendering.Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", SeedPdf.Value, prefix);
        var png = new FileInfo(prefix + ".png");
        Assert.True(png.Exists && png.Length > 5_000, "page 1 was rendered to a non-empty PNG");
    }

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    private static string StripPageNumber(string page)
    {
        var lines = page.Split('\n').ToList();
        lines.RemoveAt(lines.FindIndex(l => l.Trim().Length > 0));
        return string.Join('\n', lines);
    }
}
