namespace ThongSuot.Calendar.Tests;

public class ConversionTests
{
    [Theory]
    [InlineData("2024-02-10", 2024, 1, 1, false)]
    [InlineData("2024-02-09", 2023, 12, 30, false)]
    [InlineData("2024-02-24", 2024, 1, 15, false)]
    [InlineData("2024-04-18", 2024, 3, 10, false)]
    [InlineData("2024-09-17", 2024, 8, 15, false)]
    [InlineData("2025-04-07", 2025, 3, 10, false)]
    [InlineData("2023-04-29", 2023, 3, 10, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2020-06-20", 2020, 4, 29, true)]
    [InlineData("2020-06-21", 2020, 5, 1, false)]
    [InlineData("2025-01-01", 2024, 12, 2, false)]
    [InlineData("1900-01-31", 1900, 1, 1, false)]
    [InlineData("1900-01-01", 1899, 12, 1, false)]
    public void GregorianDateHasItsKnownLunarDate(string gregorian, int year, int month, int day, bool leap)
    {
        var date = DateOnly.Parse(gregorian, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new LunarDate(year, month, day, leap), LunarCalendar.FromGregorian(date));
    }

    [Fact]
    public void EveryDayFrom1900To2100SurvivesTheRoundTrip()
    {
        var previous = LunarCalendar.FromGregorian(new DateOnly(1900, 1, 30));
        for (var date = new DateOnly(1900, 1, 31); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var lunar = LunarCalendar.FromGregorian(date);
            Assert.Equal(date, LunarCalendar.ToGregorian(lunar));
            // Consecutive days: the next day of the same month, or day 1 after the last day of a month.
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
            }
            else
            {
                Assert.Equal(new LunarDate(lunar.Year, lunar.Month, lunar.Day - 1, lunar.IsLeapMonth), previous);
            }
            previous = lunar;
        }
    }

    [Fact]
    public void LeapMonthThatTheYearDoesNotHaveIsRefused()
    {
        var date = new LunarDate(2024, 4, 1, isLeapMonth: true);
        var error = Assert.Throws<ArgumentException>(() => LunarCalendar.ToGregorian(date));
        Assert.Contains("không có tháng 4 nhuận", error.Message, StringComparison.Ordinal);
        Assert.False(LunarCalendar.TryToGregorian(date, out _));
    }

    [Fact]
    public void ThirtiethDayOfA29DayMonthIsRefused()
    {
        // Month 1 of Giáp Thìn (2024) has 29 days: 10 February to 9 March.
        Assert.Equal(29, LunarCalendar.MonthLength(2024, 1));
        var date = new LunarDate(2024, 1, 30);
        var error = Assert.Throws<ArgumentException>(() => LunarCalendar.ToGregorian(date));
        Assert.Contains("chỉ có 29 ngày", error.Message, StringComparison.Ordinal);
        Assert.False(LunarCalendar.TryToGregorian(date, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void ThirtiethDayOfA30DayMonthIsAccepted()
    {
        Assert.Equal(30, LunarCalendar.MonthLength(2023, 12));
        Assert.Equal(new DateOnly(2024, 2, 9), LunarCalendar.ToGregorian(new LunarDate(2023, 12, 30)));
        Assert.True(LunarCalendar.TryToGregorian(new LunarDate(2023, 12, 30), out var eve));
        Assert.Equal(new DateOnly(2024, 2, 9), eve);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 31)]
    public void LunarDateOutsideTheMonthAndDayRangesCannotBeMade(int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2024, month, day));
    }

    [Fact]
    public void DatesOutside1900To2100AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.FromGregorian(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.FromGregorian(new DateOnly(2101, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToGregorian(new LunarDate(1899, 12, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToGregorian(new LunarDate(2101, 1, 1)));
        Assert.False(LunarCalendar.TryToGregorian(new LunarDate(2101, 1, 1), out _));
        Assert.False(LunarCalendar.TryToGregorian(default, out _));
    }

    [Fact]
    public void LastDayOf2100IsInTheLastMonthOfLunarYear2100()
    {
        var lunar = LunarCalendar.FromGregorian(new DateOnly(2100, 12, 31));
        Assert.Equal(2100, lunar.Year);
        Assert.Equal(12, lunar.Month);
    }

    [Fact]
    public void LunarDateReadsAsDayMonthYear()
    {
        Assert.Equal("15/01/2024", new LunarDate(2024, 1, 15).ToString());
        Assert.Equal("01/04 nhuận/2020", new LunarDate(2020, 4, 1, isLeapMonth: true).ToString());
    }
}
