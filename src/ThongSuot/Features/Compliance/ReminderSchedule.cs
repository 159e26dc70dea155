namespace ThongSuot.Features.Compliance;

/// <summary>One reminder of one assignment: "D-2", "D0", "overdue", "overdue-2"…, and the instant it became due.</summary>
public sealed record ReminderOccasion(string Name, DateTimeOffset DueAt)
{
    public bool IsOverdue => Name.StartsWith(ReminderSchedule.OverdueName, StringComparison.Ordinal);
}

/// <summary>Which reminder an assignment should get now. Pure: the worker and the tests feed it the clock.</summary>
public static class ReminderSchedule
{
    public const string OverdueName = "overdue";

    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Only assignments still waiting for the recipient are reminded; a submitted report waits for the coordinator.</summary>
    public static bool IsOpen(AssignmentStatus status) =>
        status is AssignmentStatus.Pending or AssignmentStatus.Acknowledged or AssignmentStatus.Returned;

    /// <summary>The instant <paramref name="time"/> on <paramref name="day"/> in Vietnam.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), VietnamOffset);

    /// <summary>
    /// The latest occasion that has come due by <paramref name="now"/>, or null. Only the latest counts: if the app was
    /// down over "D-2" and "D0", it sends "D0" alone when it comes back, not a burst of stale reminders; and once a later
    /// occasion is due an earlier one that was never sent is never sent. An occasion that came due before
    /// <paramref name="notBefore"/> (the assignment's creation) is not sent either: a letter issued the day before its
    /// deadline does not get a "two days before" reminder at once.
    /// </summary>
    public static ReminderOccasion? DueNow(AssignmentStatus status, DateOnly dueDate, DateTimeOffset now, ReminderOptions options, DateTimeOffset? notBefore = null)
    {
        if (!options.Enabled || !IsOpen(status)) return null;
        ReminderOccasion? latest = null;
        void Consider(ReminderOccasion candidate)
        {
            if (candidate.DueAt <= now && (latest is null || candidate.DueAt > latest.DueAt)) latest = candidate;
        }

        foreach (var days in DaysBefore(options).Where(d => d < dueDate.DayNumber))
            Consider(new($"D-{days}", At(dueDate.AddDays(-days), options.TimeOfDay)));
        if (options.OnDueDay) Consider(new("D0", At(dueDate, options.TimeOfDay)));
        if (options.Overdue && dueDate < DateOnly.MaxValue)
        {
            var first = At(dueDate.AddDays(1), options.TimeOfDay);
            if (first <= now && options.OverdueRepeatDays > 0)
            {
                // The n-th overdue reminder is due (n−1) repeat periods after the first; work out the last one passed.
                var n = (int)Math.Min((now - first).TotalDays / options.OverdueRepeatDays, 100_000) + 1;
                Consider(new(n == 1 ? OverdueName : $"{OverdueName}-{n}", first.AddDays((double)(n - 1) * options.OverdueRepeatDays)));
            }
            else Consider(new(OverdueName, first));
        }
        return latest is not null && notBefore is { } created && latest.DueAt < created ? null : latest;
    }

    /// <summary>The furthest ahead of its due date an assignment can get a reminder, in days (to bound the worker's query).</summary>
    public static int LeadDays(ReminderOptions options) => DaysBefore(options).DefaultIfEmpty(0).Max();

    /// <summary>The configured days before, without nonsense (zero or negative, or more than a year).</summary>
    public static IEnumerable<int> DaysBefore(ReminderOptions options) => (options.DaysBefore ?? []).Where(d => d is > 0 and <= 366).Distinct();
}
