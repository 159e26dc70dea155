namespace ThongSuot.Features.Duty;

/// <summary>A half-open span of time [Start, End) in UTC.</summary>
public readonly record struct Interval(DateTime Start, DateTime End)
{
    public TimeSpan Length => End - Start;
    public bool Intersects(Interval other) => Start < other.End && other.Start < End;
}

/// <summary>Gaps (nobody on duty) and overlaps (two or more at once) of a roster inside a window.</summary>
public sealed record CoverageResult(IReadOnlyList<Interval> Gaps, IReadOnlyList<Interval> Overlaps, IReadOnlyList<DateOnly> UncoveredDays)
{
    public bool IsCovered => Gaps.Count == 0 && UncoveredDays.Count == 0;
}

/// <summary>
/// Pure coverage arithmetic. Shifts are half-open, so a shift ending at 14:00 and the next starting at 14:00 leave
/// neither a gap nor an overlap. Shifts are clipped to the window, so one crossing midnight or a phase boundary
/// counts for the part inside.
/// </summary>
public static class CoverageCalculator
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static CoverageResult Continuous(Interval window, IEnumerable<Interval> shifts)
    {
        var clipped = Clip(window, shifts);
        return new CoverageResult(Gaps(window, clipped), Overlaps(clipped), []);
    }

    /// <summary>Days (Vietnamese calendar days inside the window) that no shift touches; overlaps are not a fault here.</summary>
    public static CoverageResult Daily(Interval window, IEnumerable<Interval> shifts)
    {
        var clipped = Clip(window, shifts);
        var missing = new List<DateOnly>();
        for (var day = LocalDay(window.Start); StartOf(day) < window.End; day = day.AddDays(1))
        {
            var span = new Interval(Max(StartOf(day), window.Start), Min(StartOf(day.AddDays(1)), window.End));
            if (!clipped.Any(s => s.Intersects(span))) missing.Add(day);
        }
        return new CoverageResult([], [], missing);
    }

    public static DateTime StartOf(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Vietnam, DateTimeKind.Utc);

    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(utc + Vietnam);

    /// <summary>A phase given as local dates (both inclusive) as the UTC window it covers.</summary>
    public static Interval Window(DateOnly first, DateOnly last) => new(StartOf(first), StartOf(last.AddDays(1)));

    private static List<Interval> Clip(Interval window, IEnumerable<Interval> shifts) =>
        shifts.Where(s => s.End > s.Start && s.Intersects(window))
            .Select(s => new Interval(Max(s.Start, window.Start), Min(s.End, window.End)))
            .OrderBy(s => s.Start).ThenBy(s => s.End).ToList();

    private static List<Interval> Gaps(Interval window, List<Interval> sorted)
    {
        var gaps = new List<Interval>();
        var coveredUntil = window.Start;
        foreach (var s in sorted)
        {
            if (s.Start > coveredUntil) gaps.Add(new Interval(coveredUntil, s.Start));
            coveredUntil = Max(coveredUntil, s.End);
        }
        if (coveredUntil < window.End) gaps.Add(new Interval(coveredUntil, window.End));
        return gaps;
    }

    private static List<Interval> Overlaps(List<Interval> sorted)
    {
        // Sweep: at equal instants ends come before starts, so touching shifts do not overlap.
        var events = sorted.SelectMany(s => new[] { (At: s.Start, Delta: 1), (At: s.End, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta).ToList();
        var overlaps = new List<Interval>();
        var count = 0;
        DateTime? from = null;
        foreach (var (at, delta) in events)
        {
            count += delta;
            if (count >= 2 && from is null) from = at;
            else if (count < 2 && from is { } f)
            {
                if (at > f)
                {
                    if (overlaps.Count > 0 && overlaps[^1].End == f) overlaps[^1] = overlaps[^1] with { End = at };
                    else overlaps.Add(new Interval(f, at));
                }
                from = null;
            }
        }
        return overlaps;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
