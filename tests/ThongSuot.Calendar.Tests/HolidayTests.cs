namespace ThongSuot.Calendar.Tests;

public class HolidayTests
{
    [Fact]
    public void HolidaysOfGiapThin2024FallOnTheirKnownDates()
    {
        var holidays = LunarHolidays.For(2024).ToDictionary(h => h.Kind);

        Assert.Equal(new DateOnly(2024, 2, 2), holidays[LunarHolidayKind.OngCongOngTao].Date);
        Assert.Equal(new DateOnly(2024, 2, 9), holidays[LunarHolidayKind.GiaoThua].Date);
        Assert.Equal(new DateOnly(2024, 2, 10), holidays[LunarHolidayKind.TetNguyenDan].Date);
        Assert.Equal(new DateOnly(2024, 2, 24), holidays[LunarHolidayKind.RamThangGieng].Date);
        Assert.Equal(new DateOnly(2024, 4, 18), holidays[LunarHolidayKind.GioToHungVuong].Date);
        Assert.Equal(new DateOnly(2024, 6, 10), holidays[LunarHolidayKind.TetDoanNgo].Date);
        Assert.Equal(new DateOnly(2024, 8, 18), holidays[LunarHolidayKind.RamThangBay].Date);
        Assert.Equal(new DateOnly(2024, 9, 17), holidays[LunarHolidayKind.TetTrungThu].Date);
    }

    [Fact]
    public void HolidaysCarryVietnameseNamesAndLunarDates()
    {
        var holidays = LunarHolidays.For(2024);

        Assert.Equal(
            ["Ông Công ông Táo", "Giao thừa", "Tết Nguyên đán", "Rằm tháng Giêng", "Giỗ Tổ Hùng Vương", "Tết Đoan Ngọ", "Rằm tháng Bảy", "Tết Trung thu"],
            holidays.Select(h => h.Name));
        Assert.Equal(new LunarDate(2023, 12, 23), holidays[0].LunarDate);
        Assert.Equal(new LunarDate(2023, 12, 30), holidays[1].LunarDate);
        Assert.Equal(new LunarDate(2024, 3, 10), holidays.Single(h => h.Kind == LunarHolidayKind.GioToHungVuong).LunarDate);
    }

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2025, "2025-04-07")]
    public void GioToHungVuongFallsOnTheDayOffOfThatYear(int year, string date)
    {
        var gioTo = LunarHolidays.For(year).Single(h => h.Kind == LunarHolidayKind.GioToHungVuong);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), gioTo.Date);
    }

    [Fact]
    public void GiaoThuaIsTheLastDayOfMonth12EvenWhenThatMonthHas29Days()
    {
        // Month 12 of Giáp Thìn has 29 days, so giao thừa 2025 is on the 29th.
        var eve = LunarHolidays.For(2025).Single(h => h.Kind == LunarHolidayKind.GiaoThua);
        Assert.Equal(new DateOnly(2025, 1, 28), eve.Date);
        Assert.Equal(new LunarDate(2024, 12, 29), eve.LunarDate);
    }

    [Fact]
    public void EveryYearsHolidaysAreInThatGregorianYearInDateOrder()
    {
        for (var year = LunarCalendar.MinYear; year <= LunarCalendar.MaxYear; year++)
        {
            var holidays = LunarHolidays.For(year);
            Assert.Equal(8, holidays.Count);
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            Assert.Equal(holidays.OrderBy(h => h.Date).Select(h => h.Kind), holidays.Select(h => h.Kind));
            Assert.Equal(LunarCalendar.Tet(year).AddDays(-1), holidays.Single(h => h.Kind == LunarHolidayKind.GiaoThua).Date);
        }
    }

    [Fact]
    public void HolidaysOutsideTheRangeAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarHolidays.For(2101));
    }
}
