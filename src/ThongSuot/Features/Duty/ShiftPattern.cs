namespace ThongSuot.Features.Duty;

/// <summary>One shift a pattern produces: UTC instants and the index of the person in the rotation.</summary>
public readonly record struct PatternShift(DateTime StartsAt, DateTime EndsAt, int PersonIndex);

/// <summary>
/// Bulk entry: shifts starting at the given Vietnamese times every day from one date to another, each lasting until
/// the next start time (the last one of a day until the first of the next day), rotating through the people.
/// </summary>
public static class ShiftPattern
{
    public const int MaxShifts = 500;

    public static IReadOnlyList<PatternShift> Expand(DateOnly from, DateOnly to, IReadOnlyList<TimeOnly> startTimes, int people)
    {
        if (to < from || startTimes.Count == 0 || people <= 0) return [];
        var times = startTimes.Distinct().Order().ToList();
        var shifts = new List<PatternShift>();
        var turn = 0;
        for (var day = from; day <= to && shifts.Count < MaxShifts; day = day.AddDays(1))
        {
            for (var i = 0; i < times.Count && shifts.Count < MaxShifts; i++)
            {
                var start = Utc(day, times[i]);
                var end = i + 1 < times.Count ? Utc(day, times[i + 1]) : Utc(day.AddDays(1), times[0]);
                shifts.Add(new PatternShift(start, end, turn++ % people));
            }
        }
        return shifts;
    }

    /// <summary>How many shifts a pattern would make, to refuse a too large one before expanding it.</summary>
    public static long Count(DateOnly from, DateOnly to, int timesPerDay) =>
        to < from ? 0 : (long)(to.DayNumber - from.DayNumber + 1) * timesPerDay;

    /// <summary>Parses "06:00, 14:00, 22:00" (commas, semicolons or spaces); null when any part is not a time.</summary>
    public static IReadOnlyList<TimeOnly>? ParseTimes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 24) return null;
        var times = new List<TimeOnly>();
        foreach (var part in parts)
        {
            if (!TimeOnly.TryParseExact(part, ["H:mm", "HH:mm", "H'h'mm", "H'h'"], System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var time)) return null;
            times.Add(time);
        }
        return times;
    }

    private static DateTime Utc(DateOnly day, TimeOnly time) =>
        DateTime.SpecifyKind(day.ToDateTime(time) - TimeSpan.FromHours(7), DateTimeKind.Utc);
}
