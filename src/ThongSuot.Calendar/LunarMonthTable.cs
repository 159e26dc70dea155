using ThongSuot.Calendar.Astronomy;

namespace ThongSuot.Calendar;

/// <summary>
/// Every lunar month from month 11 of 1899 to month 12 of 2100, worked out once from the astronomy
/// (a few milliseconds) and kept: about 2,500 months, so lookups are a binary search.
/// </summary>
internal static class LunarMonthTable
{
    /// <summary>Vietnam's legal time, UTC+7, used for the whole range (see README).</summary>
    public const double UtcOffsetHours = 7.0;

    private const int FirstSuiYear = 1899;
    private const int LastSuiYear = 2100;

    private static readonly Lazy<LunarMonth[]> LazyMonths = new(Build);

    private static readonly Lazy<Dictionary<(int Year, int Month, bool IsLeap), LunarMonth>> LazyByNumber =
        new(() => LazyMonths.Value.ToDictionary(m => (m.Year, m.Month, m.IsLeapMonth)));

    public static IReadOnlyList<LunarMonth> Months => LazyMonths.Value;

    /// <summary>The month holding a date, or null outside the table.</summary>
    public static LunarMonth? MonthContaining(DateOnly date)
    {
        var months = LazyMonths.Value;
        int low = 0, high = months.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (date < months[mid].FirstDay)
            {
                high = mid - 1;
            }
            else if (date > months[mid].LastDay)
            {
                low = mid + 1;
            }
            else
            {
                return months[mid];
            }
        }
        return null;
    }

    public static LunarMonth? Find(int year, int month, bool isLeapMonth) =>
        LazyByNumber.Value.GetValueOrDefault((year, month, isLeapMonth));

    private static LunarMonth[] Build()
    {
        // From a little before the solstice of the first sui to a little after the solstice ending the last.
        var starts = NewMoonDays(FirstSuiYear + 0.7, LastSuiYear + 2.1);
        var months = new List<LunarMonth>();
        var suiStart = MonthContainingSolstice(starts, FirstSuiYear);
        for (var year = FirstSuiYear; year <= LastSuiYear; year++)
        {
            var suiEnd = MonthContainingSolstice(starts, year + 1);
            NumberSui(starts, suiStart, suiEnd, year, months);
            suiStart = suiEnd;
        }
        return [.. months];
    }

    /// <summary>
    /// Numbers the months of one sui (from the month holding one winter solstice to the month before
    /// the one holding the next): 11, 12, 1 … 10. With 13 months, the first after month 11 that holds
    /// no major solar term repeats the number before it as the leap month.
    /// </summary>
    private static void NumberSui(int[] starts, int first, int end, int solsticeYear, List<LunarMonth> into)
    {
        var count = end - first;
        if (count is not (12 or 13))
        {
            throw new InvalidOperationException($"The sui of {solsticeYear} has {count} months.");
        }
        var leapIndex = -1;
        if (count == 13)
        {
            leapIndex = Enumerable.Range(1, 12).FirstOrDefault(i => !HoldsMajorTerm(starts, first + i), -1);
            if (leapIndex < 0)
            {
                throw new InvalidOperationException($"The 13-month sui of {solsticeYear} has no month without a major term.");
            }
        }

        var year = solsticeYear;
        for (var i = 0; i < count; i++)
        {
            var ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
            var month = (10 + ordinal) % 12 + 1;
            var isLeap = i == leapIndex;
            if (month == 1 && !isLeap)
            {
                year = solsticeYear + 1;
            }
            var start = starts[first + i];
            into.Add(new LunarMonth(year, month, isLeap, JulianDay.ToDate(start), starts[first + i + 1] - start));
        }
    }

    /// <summary>Whether the Sun's longitude crosses a multiple of 30° between the local midnights starting this month and the next.</summary>
    private static bool HoldsMajorTerm(int[] starts, int index) =>
        MajorTermSector(starts[index]) != MajorTermSector(starts[index + 1]);

    private static int MajorTermSector(int julianDayNumber)
    {
        var midnight = JulianDay.LocalMidnight(julianDayNumber, UtcOffsetHours);
        return (int)Math.Floor(SolarLongitude.Apparent(JulianDay.UniversalToDynamical(midnight)) / 30.0);
    }

    /// <summary>Index of the month whose local days include the December solstice (longitude 270°) of a year.</summary>
    private static int MonthContainingSolstice(int[] starts, int year)
    {
        var guess = JulianDay.FromDate(new DateOnly(year, 12, 21));
        var solstice = JulianDay.DynamicalToUniversal(SolarLongitude.MomentOf(270.0, guess));
        var day = JulianDay.LocalDayOf(solstice, UtcOffsetHours);
        var index = Array.BinarySearch(starts, day);
        index = index >= 0 ? index : ~index - 1;
        if (index < 0 || index >= starts.Length - 1)
        {
            throw new InvalidOperationException($"The new moons computed do not cover the solstice of {year}.");
        }
        return index;
    }

    /// <summary>Local (UTC+7) Julian day numbers of the new moons between two decimal years, ascending.</summary>
    private static int[] NewMoonDays(double fromYear, double toYear)
    {
        var first = NewMoon.LunationNear(fromYear);
        var last = NewMoon.LunationNear(toYear) + 1;
        var days = new int[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            var instant = JulianDay.DynamicalToUniversal(NewMoon.Jde(k));
            days[k - first] = JulianDay.LocalDayOf(instant, UtcOffsetHours);
        }
        return days;
    }
}
