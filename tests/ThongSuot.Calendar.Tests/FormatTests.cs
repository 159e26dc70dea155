namespace ThongSuot.Calendar.Tests;

public class FormatTests
{
    [Fact]
    public void LongTextNamesTheFirstMonthGieng()
    {
        Assert.Equal("ngày 15 tháng Giêng năm Giáp Thìn", LunarDateFormat.LongText(new LunarDate(2024, 1, 15)));
    }

    [Fact]
    public void LongTextNamesTheTwelfthMonthChap()
    {
        Assert.Equal("ngày 23 tháng Chạp năm Quý Mão", LunarDateFormat.LongText(new LunarDate(2023, 12, 23)));
    }

    [Fact]
    public void LongTextWritesOtherMonthsAsNumbersAndMarksTheLeapMonth()
    {
        Assert.Equal("ngày 10 tháng 3 năm Giáp Thìn", LunarDateFormat.LongText(new LunarDate(2024, 3, 10)));
        Assert.Equal("ngày 1 tháng 4 nhuận năm Canh Tý", LunarDateFormat.LongText(new LunarDate(2020, 4, 1, isLeapMonth: true)));
    }

    [Fact]
    public void ShortTextIsDayAndMonthWithTwoDigits()
    {
        Assert.Equal("15/01 âm lịch", LunarDateFormat.ShortText(new LunarDate(2024, 1, 15)));
        Assert.Equal("10/03 âm lịch", LunarDateFormat.ShortText(new LunarDate(2024, 3, 10)));
        Assert.Equal("01/04 nhuận âm lịch", LunarDateFormat.ShortText(new LunarDate(2020, 4, 1, isLeapMonth: true)));
    }

    [Fact]
    public void TodaysLongTextComesStraightFromAGregorianDate()
    {
        var lunar = LunarCalendar.FromGregorian(new DateOnly(2026, 2, 17));
        Assert.Equal("ngày 1 tháng Giêng năm Bính Ngọ", LunarDateFormat.LongText(lunar));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthNameOutsideOneToTwelveIsRefused(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDateFormat.MonthName(month));
    }
}
