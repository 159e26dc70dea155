namespace ThongSuot.Documents.Tests;

public class LetterFormatTests
{
    [Theory]
    [InlineData(2019, 12, 12, "Quảng Trị, ngày 12 tháng 12 năm 2019")]
    [InlineData(2021, 2, 3, "Quảng Trị, ngày 03 tháng 02 năm 2021")]
    [InlineData(2020, 1, 5, "Quảng Trị, ngày 05 tháng 01 năm 2020")]
    [InlineData(2019, 6, 29, "Quảng Trị, ngày 29 tháng 6 năm 2019")]
    [InlineData(2023, 10, 1, "Quảng Trị, ngày 01 tháng 10 năm 2023")]
    public void DatePadsDaysAndOnlyTheFirstTwoMonths(int year, int month, int day, string expected) =>
        Assert.Equal(expected, LetterFormat.DateLine("Quảng Trị", new DateOnly(year, month, day)));

    [Theory]
    [InlineData(5, "Số: 05/UBND-VX")]
    [InlineData(1062, "Số: 1062/UBND-VX")]
    [InlineData(null, "Số:       /UBND-VX")]
    public void NumberBelowTenGetsALeadingZeroAndADraftKeepsTheGap(int? number, string expected) =>
        Assert.Equal(expected, LetterFormat.NumberLine(number, "ubnd-vx"));

    [Theory]
    [InlineData("các trang thông tin điện tử.", "các trang thông tin điện tử./.")]
    [InlineData("nhu cầu của người dân;", "nhu cầu của người dân./.")]
    [InlineData("Trưởng phòng)/.", "Trưởng phòng)./.")]
    [InlineData("đã có dấu./.", "đã có dấu./.")]
    [InlineData("không có dấu", "không có dấu./.")]
    public void EndMarkIsAddedOnceWithoutDoublingTheFullStop(string text, string expected) =>
        Assert.Equal(expected, LetterFormat.WithEndMark(text));

    [Fact]
    public void TextIsNormalisedToNfc()
    {
        var decomposed = "Quảng Trị".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Quảng Trị, ngày 01 tháng 3 năm 2024", LetterFormat.DateLine(decomposed, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void SectionsAreNumberedInRomanAndTasksRestartUnderEachSection()
    {
        var content = LetterContent.From(Seed000.Letter);
        var headings = content.Body.Where(b => b.Kind == BodyKind.Heading).Select(b => b.Text[..b.Text.IndexOf(' ')]).ToList();
        Assert.Equal(["I.", "II."], headings);
        var items = content.Body.Where(b => b.Kind == BodyKind.Item).Select(b => b.Text[..b.Text.IndexOf(' ')]);
        Assert.Equal(["1.", "2.", "3.", "4.", "5.", "1.", "2.", "3.", "4.", "5.", "6.", "7."], items);
    }

    [Fact]
    public void DistributionStartsWithAddresseesAndEndsWithTheRecordsOffice()
    {
        var content = LetterContent.From(Seed000.Letter);
        Assert.Equal(
            ["- Như trên;", "- Đ/c Lê Văn Minh – PCT UBND tỉnh (báo cáo);", "- Công An tỉnh (phối hợp);",
             "- BCH Quân sự tỉnh (phối hợp);", "- Phòng VH&TT các huyện, thị, thành phố;", "- Lưu: VT, BCVT."],
            content.Distribution);
    }

    [Theory]
    [InlineData(SigningAuthority.KT, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    [InlineData(SigningAuthority.TL, "TL. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    [InlineData(SigningAuthority.None, "GIÁM ĐỐC", null)]
    public void SignatureTitlesCarryTheAuthorityMarkInCapitals(SigningAuthority authority, string first, string? second)
    {
        var content = LetterContent.From(Letters.Short(authority: authority));
        Assert.Equal(second is null ? [first] : [first, second], content.SignatureTitles);
    }

    [Fact]
    public void LetterWithoutAddresseesIsRefused() =>
        Assert.Throws<ArgumentException>(() => LetterContent.From(Letters.Short() with { Recipients = [" "] }));
}
