namespace ThongSuot.Calendar;

/// <summary>
/// Conversions between the Gregorian calendar and the Vietnamese lunisolar calendar (UTC+7),
/// for lunar years 1900–2100. Everything here is pure and thread-safe.
/// </summary>
public static class LunarCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>
    /// The lunar date of a Gregorian date of 1900–2100. Days of January 1900 before Tết
    /// (1900-01-31) belong to lunar year 1899, which the other methods do not accept.
    /// </summary>
    public static LunarDate FromGregorian(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));
        var month = LunarMonthTable.MonthContaining(date)
            ?? throw new InvalidOperationException($"No lunar month holds {date:yyyy-MM-dd}.");
        return new LunarDate(month.Year, month.Month, date.DayNumber - month.FirstDay.DayNumber + 1, month.IsLeapMonth);
    }

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2100.</exception>
    /// <exception cref="ArgumentException">That year has no such leap month, or the month has 29 days and the day is 30.</exception>
    public static DateOnly ToGregorian(LunarDate date)
    {
        CheckYear(date.Year, nameof(date));
        var month = LunarMonthTable.Find(date.Year, date.Month, date.IsLeapMonth)
            ?? throw new ArgumentException($"Năm âm lịch {date.Year} không có tháng {date.Month} nhuận.", nameof(date));
        if (date.Day > month.Length)
        {
            throw new ArgumentException(
                $"Tháng {date.Month}{(date.IsLeapMonth ? " nhuận" : "")} năm âm lịch {date.Year} chỉ có {month.Length} ngày.",
                nameof(date));
        }
        return month.FirstDay.AddDays(date.Day - 1);
    }

    /// <summary>Like <see cref="ToGregorian"/>, but answers false instead of throwing.</summary>
    public static bool TryToGregorian(LunarDate date, out DateOnly result)
    {
        var month = date.Year is >= MinYear and <= MaxYear && date.Month is >= 1 and <= 12
            ? LunarMonthTable.Find(date.Year, date.Month, date.IsLeapMonth)
            : null;
        var valid = month is not null && date.Day >= 1 && date.Day <= month.Length;
        result = valid ? month!.FirstDay.AddDays(date.Day - 1) : default;
        return valid;
    }

    /// <summary>Tết Nguyên đán: the first day of month 1 of a lunar year.</summary>
    public static DateOnly Tet(int year) => Month(year, 1, isLeapMonth: false).FirstDay;

    /// <summary>29 or 30.</summary>
    /// <exception cref="ArgumentException">The year has no such leap month.</exception>
    public static int MonthLength(int year, int month, bool isLeapMonth = false) => Month(year, month, isLeapMonth).Length;

    /// <summary>The number of the leap month (tháng nhuận) of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonth(int year) => MonthsOf(year).FirstOrDefault(m => m.IsLeapMonth)?.Month;

    /// <summary>The 12 or 13 months of a lunar year, in order (a leap month follows the month whose number it repeats).</summary>
    public static IReadOnlyList<LunarMonth> MonthsOf(int year)
    {
        CheckYear(year, nameof(year));
        return [.. LunarMonthTable.Months.Where(m => m.Year == year)];
    }

    private static LunarMonth Month(int year, int month, bool isLeapMonth)
    {
        CheckYear(year, nameof(year));
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return LunarMonthTable.Find(year, month, isLeapMonth)
            ?? throw new ArgumentException($"Năm âm lịch {year} không có tháng {month} nhuận.", nameof(isLeapMonth));
    }

    private static void CheckYear(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"Lịch âm chỉ tính cho các năm {MinYear}–{MaxYear}.");
        }
    }
}
