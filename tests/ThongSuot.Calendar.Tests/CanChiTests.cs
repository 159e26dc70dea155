namespace ThongSuot.Calendar.Tests;

public class CanChiTests
{
    [Theory]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1985, "Ất Sửu")]
    [InlineData(2000, "Canh Thìn")]
    [InlineData(2020, "Canh Tý")]
    [InlineData(2021, "Tân Sửu")]
    [InlineData(2022, "Nhâm Dần")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2027, "Đinh Mùi")]
    [InlineData(2018, "Mậu Tuất")]
    [InlineData(2019, "Kỷ Hợi")]
    [InlineData(2017, "Đinh Dậu")]
    [InlineData(1900, "Canh Tý")]
    public void YearHasItsVietnameseName(int year, string name)
    {
        Assert.Equal(name, CanChi.Year(year));
    }

    [Theory]
    [InlineData(2024, 1, "Bính Dần")] // Giáp year: month 1 is Bính Dần
    [InlineData(2025, 1, "Mậu Dần")] // Ất year
    [InlineData(2026, 1, "Canh Dần")] // Bính year
    [InlineData(2027, 1, "Nhâm Dần")] // Đinh year
    [InlineData(2028, 1, "Giáp Dần")] // Mậu year
    [InlineData(2024, 11, "Bính Tý")]
    [InlineData(2024, 12, "Đinh Sửu")]
    [InlineData(2023, 12, "Ất Sửu")]
    public void MonthHasItsName(int year, int month, string name)
    {
        Assert.Equal(name, CanChi.Month(new LunarDate(year, month, 1)));
    }

    [Fact]
    public void MonthNamesRunOnWithoutABreakAcrossTet()
    {
        // Month 12 of Quý Mão is Ất Sửu, so month 1 of Giáp Thìn is the next in the cycle, Bính Dần.
        Assert.Equal("Ất Sửu", CanChi.Month(new LunarDate(2023, 12, 1)));
        Assert.Equal("Bính Dần", CanChi.Month(new LunarDate(2024, 1, 1)));
    }

    [Fact]
    public void LeapMonthTakesTheNameOfTheMonthItRepeats()
    {
        Assert.Equal(CanChi.Month(new LunarDate(2020, 4, 1)), CanChi.Month(new LunarDate(2020, 4, 1, isLeapMonth: true)));
    }

    [Theory]
    [InlineData("1949-10-01", "Giáp Tý")]
    [InlineData("2000-01-01", "Mậu Ngọ")]
    [InlineData("2024-02-10", "Giáp Thìn")]
    [InlineData("2024-02-11", "Ất Tỵ")]
    public void DayHasItsName(string date, string name)
    {
        Assert.Equal(name, CanChi.Day(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DayNamesRepeatEverySixtyDays()
    {
        var day = new DateOnly(2024, 2, 10);
        Assert.Equal(CanChi.Day(day), CanChi.Day(day.AddDays(60)));
        Assert.NotEqual(CanChi.Day(day), CanChi.Day(day.AddDays(30)));
        Assert.Equal(60, Enumerable.Range(0, 60).Select(i => CanChi.Day(day.AddDays(i))).Distinct().Count());
    }

    [Fact]
    public void NamesUseVietnameseSpellings()
    {
        Assert.Equal(["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"], CanChi.Stems);
        Assert.Equal(["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"], CanChi.Branches);
        Assert.All(CanChi.Stems.Concat(CanChi.Branches), name => Assert.True(name.IsNormalized(System.Text.NormalizationForm.FormC)));
    }
}
