namespace ThongSuot.Calendar;

/// <summary>The lunar holidays of a year.</summary>
public static class LunarHolidays
{
    /// <summary>
    /// The holidays of the Tết of <paramref name="year"/> and of that lunar year, in date order.
    /// Ông Công ông Táo and Giao thừa come before Tết, so their lunar dates are in the previous
    /// lunar year; all of them fall in Gregorian year <paramref name="year"/>.
    /// </summary>
    public static IReadOnlyList<LunarHoliday> For(int year)
    {
        var tet = LunarCalendar.Tet(year);
        var eve = tet.AddDays(-1);
        var kitchenGods = LunarMonthTable.Find(year - 1, 12, isLeapMonth: false)!.FirstDay.AddDays(23 - 1);
        return
        [
            new(LunarHolidayKind.OngCongOngTao, "Ông Công ông Táo", new LunarDate(year - 1, 12, 23), kitchenGods),
            new(LunarHolidayKind.GiaoThua, "Giao thừa", LunarOf(eve), eve),
            Fixed(LunarHolidayKind.TetNguyenDan, "Tết Nguyên đán", year, 1, 1),
            Fixed(LunarHolidayKind.RamThangGieng, "Rằm tháng Giêng", year, 1, 15),
            Fixed(LunarHolidayKind.GioToHungVuong, "Giỗ Tổ Hùng Vương", year, 3, 10),
            Fixed(LunarHolidayKind.TetDoanNgo, "Tết Đoan Ngọ", year, 5, 5),
            Fixed(LunarHolidayKind.RamThangBay, "Rằm tháng Bảy", year, 7, 15),
            Fixed(LunarHolidayKind.TetTrungThu, "Tết Trung thu", year, 8, 15),
        ];
    }

    private static LunarHoliday Fixed(LunarHolidayKind kind, string name, int year, int month, int day)
    {
        var date = new LunarDate(year, month, day);
        return new LunarHoliday(kind, name, date, LunarCalendar.ToGregorian(date));
    }

    // The eve of Tết 1900 is in lunar 1899, which the public API does not accept; the table holds it.
    private static LunarDate LunarOf(DateOnly date)
    {
        var month = LunarMonthTable.MonthContaining(date)!;
        return new LunarDate(month.Year, month.Month, date.DayNumber - month.FirstDay.DayNumber + 1, month.IsLeapMonth);
    }
}
