namespace ThongSuot.Features.Compliance;

/// <summary>
/// Configuration section "Compliance:Reminders" (docs/notifications.md, "Report reminders"). Every reminder becomes due
/// at <see cref="TimeOfDay"/> in Vietnam (UTC+7) on its day.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Compliance:Reminders";

    /// <summary>false: no reminders at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Reminders this many days before the due date ("D-2"). The configured list replaces the default (it is not
    /// appended to it, see <see cref="RemindersSetup"/>); an empty value ("" or []) turns them off. Values below 1 are ignored.
    /// </summary>
    public int[] DaysBefore { get; set; } = [2];

    /// <summary>A reminder on the morning of the due day ("D0").</summary>
    public bool OnDueDay { get; set; } = true;

    /// <summary>When reminders of a day become due, Vietnam time.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(7, 0);

    /// <summary>A reminder on the morning after the due day ("overdue") for a report still not submitted.</summary>
    public bool Overdue { get; set; } = true;

    /// <summary>Repeat the overdue reminder every N days ("overdue-2", "overdue-3"…) until the report is in; 0 = once.</summary>
    public int OverdueRepeatDays { get; set; }

    /// <summary>How often the worker looks for reminders that have come due; 0 turns the background loop off (tests drive it).</summary>
    public int ScanSeconds { get; set; } = 60;
}
