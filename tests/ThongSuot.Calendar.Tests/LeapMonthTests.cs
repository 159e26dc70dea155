namespace ThongSuot.Calendar.Tests;

public class LeapMonthTests
{
    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2031, 3)]
    [InlineData(2033, 11)]
    public void YearHasItsKnownLeapMonth(int year, int month)
    {
        Assert.Equal(month, LunarCalendar.LeapMonth(year));
        Assert.Equal(13, LunarCalendar.MonthsOf(year).Count);
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void CommonYearHasNoLeapMonth(int year)
    {
        Assert.Null(LunarCalendar.LeapMonth(year));
        Assert.Equal(12, LunarCalendar.MonthsOf(year).Count);
    }

    [Fact]
    public void LeapFourthMonthOf2020RunsFrom23MayFor29Days()
    {
        var leap = LunarCalendar.MonthsOf(2020).Single(m => m.IsLeapMonth);
        Assert.Equal(new LunarMonth(2020, 4, true, new DateOnly(2020, 5, 23), 29), leap);
        Assert.Equal(new DateOnly(2020, 6, 20), leap.LastDay);
        Assert.Equal(new LunarDate(2020, 4, 1, isLeapMonth: true), LunarCalendar.FromGregorian(new DateOnly(2020, 5, 23)));
    }

    [Fact]
    public void EveryYearHasTwelveOrThirteenMonthsNumberedInOrderWithAtMostOneLeapMonth()
    {
        for (var year = LunarCalendar.MinYear; year <= LunarCalendar.MaxYear; year++)
        {
            var months = LunarCalendar.MonthsOf(year);
            var leaps = months.Where(m => m.IsLeapMonth).ToList();
            Assert.Equal(leaps.Count == 1 ? 13 : 12, months.Count);
            Assert.Equal(Enumerable.Range(1, 12), months.Where(m => !m.IsLeapMonth).Select(m => m.Month));
            foreach (var leap in leaps)
            {
                var index = months.ToList().IndexOf(leap);
                Assert.Equal(leap.Month, months[index - 1].Month);
                Assert.False(months[index - 1].IsLeapMonth);
            }
            for (var i = 1; i < months.Count; i++)
            {
                Assert.Equal(months[i - 1].LastDay.AddDays(1), months[i].FirstDay);
            }
        }
    }

    [Fact]
    public void LeapYearsComeSevenTimesInNineteen()
    {
        // The Metonic cycle: 235 lunations in 19 years, so 7 leap months in any 19 consecutive years (±1).
        for (var start = LunarCalendar.MinYear; start + 18 <= LunarCalendar.MaxYear; start++)
        {
            var leapYears = Enumerable.Range(start, 19).Count(y => LunarCalendar.LeapMonth(y) is not null);
            Assert.InRange(leapYears, 6, 8);
        }
    }

    [Fact]
    public void EveryMonthHas29Or30Days()
    {
        for (var year = LunarCalendar.MinYear; year <= LunarCalendar.MaxYear; year++)
        {
            foreach (var month in LunarCalendar.MonthsOf(year))
            {
                Assert.InRange(month.Length, 29, 30);
                Assert.Equal(month.Length, LunarCalendar.MonthLength(year, month.Month, month.IsLeapMonth));
            }
        }
    }

    [Fact]
    public void AskingForTheLengthOfALeapMonthTheYearDoesNotHaveIsRefused()
    {
        Assert.Throws<ArgumentException>(() => LunarCalendar.MonthLength(2024, 4, isLeapMonth: true));
    }
}
