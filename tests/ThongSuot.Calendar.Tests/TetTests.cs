namespace ThongSuot.Calendar.Tests;

public class TetTests
{
    [Theory]
    [InlineData(1900, "1900-01-31")]
    [InlineData(1984, "1984-02-02")]
    [InlineData(2000, "2000-02-05")]
    [InlineData(2008, "2008-02-07")]
    [InlineData(2009, "2009-01-26")]
    [InlineData(2010, "2010-02-14")]
    [InlineData(2011, "2011-02-03")]
    [InlineData(2012, "2012-01-23")]
    [InlineData(2013, "2013-02-10")]
    [InlineData(2014, "2014-01-31")]
    [InlineData(2015, "2015-02-19")]
    [InlineData(2016, "2016-02-08")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2018, "2018-02-16")]
    [InlineData(2019, "2019-02-05")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void TetFallsOnTheKnownDate(int year, string date)
    {
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.Tet(year));
    }

    [Fact]
    public void TetMauThan1968IsADayBeforeChinasBecauseOfUtcPlus7()
    {
        // New moon 1968-01-29 16:29 UT: 23:29 in Hà Nội, already the 30th at UTC+8.
        Assert.Equal(new DateOnly(1968, 1, 29), LunarCalendar.Tet(1968));
    }

    [Fact]
    public void TetDinhHoi2007IsADayBeforeChinas()
    {
        // New moon 2007-02-17 16:14 UT: 23:14 in Hà Nội, 00:14 on the 18th at UTC+8.
        Assert.Equal(new DateOnly(2007, 2, 17), LunarCalendar.Tet(2007));
    }

    [Fact]
    public void TetAtSuu1985IsAMonthBeforeChinasBecauseTheSolsticeFellOn21December()
    {
        // Solstice 1984-12-21 16:23 UT: 23:23 on the 21st in Hà Nội (month 11 began 23 November),
        // 00:23 on the 22nd at UTC+8 (month 11 began 22 December). China's Tết was 1985-02-20.
        Assert.Equal(new DateOnly(1985, 1, 21), LunarCalendar.Tet(1985));
    }

    [Fact]
    public void TetCanhTuat2030IsADayBeforeChinas()
    {
        // New moon 2030-02-02 16:07 UT: 23:07 in Hà Nội, 00:07 on 3 February at UTC+8.
        Assert.Equal(new DateOnly(2030, 2, 2), LunarCalendar.Tet(2030));
    }

    [Fact]
    public void TetAlwaysFallsBetween21JanuaryAnd20February()
    {
        for (var year = LunarCalendar.MinYear; year <= LunarCalendar.MaxYear; year++)
        {
            var tet = LunarCalendar.Tet(year);
            Assert.Equal(year, tet.Year);
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2101)]
    [InlineData(int.MinValue)]
    public void YearsOutsideTheRangeAreRefused(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.Tet(year));
    }
}
