namespace ThongSuot.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch). The constructor checks only the ranges every
/// year shares (month 1–12, day 1–30); whether the day exists in that year — a 30th in a 29-day
/// month, a leap month the year does not have — is for <see cref="LunarCalendar.ToGregorian"/> to say.
/// </summary>
public readonly record struct LunarDate
{
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 30);
        Year = year;
        Month = month;
        Day = day;
        IsLeapMonth = isLeapMonth;
    }

    /// <summary>The lunar year, named after the Gregorian year in which its month 1 begins.</summary>
    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    /// <summary>True for a day of the leap month (tháng nhuận), which repeats the number of the month before it.</summary>
    public bool IsLeapMonth { get; }

    /// <summary>"15/01/2024", or "01/04 nhuận/2020" in a leap month.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Day:00}/{Month:00}{(IsLeapMonth ? " nhuận" : "")}/{Year}");
}
