using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Compliance;

namespace ThongSuot.Tests.Compliance;

/// <summary>Which reminder is due when: pure, no database.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly ReminderOptions Defaults = new();
    private static readonly DateOnly Due = new(2027, 2, 5);

    /// <summary>An instant given as Vietnam wall-clock time.</summary>
    private static DateTimeOffset Vn(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static string? Occasion(DateTimeOffset now, AssignmentStatus status = AssignmentStatus.Pending, ReminderOptions? o = null, DateOnly? due = null) =>
        ReminderSchedule.DueNow(status, due ?? Due, now, o ?? Defaults)?.Name;

    [Fact]
    public void TwoDaysBeforeTheReminderComesDueAtSevenInTheMorningVietnamTime()
    {
        Assert.Null(Occasion(Vn(2027, 2, 3, 6, 59)));
        var occasion = ReminderSchedule.DueNow(AssignmentStatus.Pending, Due, Vn(2027, 2, 3, 7, 0), Defaults);
        Assert.Equal("D-2", occasion?.Name);
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 0, 0, 0, TimeSpan.Zero), occasion?.DueAt);
        Assert.Equal("D-2", Occasion(Vn(2027, 2, 4, 23, 59)));
    }

    [Fact]
    public void OnTheDueDayTheMorningReminderReplacesTheEarlierOne()
    {
        Assert.Equal("D-2", Occasion(Vn(2027, 2, 5, 6, 59)));
        Assert.Equal("D0", Occasion(Vn(2027, 2, 5, 7, 0)));
        Assert.Equal("D0", Occasion(Vn(2027, 2, 5, 23, 59)));
    }

    [Fact]
    public void TheMorningAfterTheDueDayTheAssignmentIsOverdue()
    {
        Assert.Equal("overdue", Occasion(Vn(2027, 2, 6, 7, 0)));
        // Without repeats it stays the one overdue reminder, sent once.
        Assert.Equal("overdue", Occasion(Vn(2027, 3, 30, 9, 0)));
    }

    [Theory]
    [InlineData(AssignmentStatus.Submitted)]
    [InlineData(AssignmentStatus.Accepted)]
    public void SubmittedAndAcceptedAssignmentsGetNoReminder(AssignmentStatus status)
    {
        Assert.Null(Occasion(Vn(2027, 2, 3, 8, 0), status));
        Assert.Null(Occasion(Vn(2027, 2, 5, 8, 0), status));
        Assert.Null(Occasion(Vn(2027, 2, 9, 8, 0), status));
    }

    [Theory]
    [InlineData(AssignmentStatus.Pending)]
    [InlineData(AssignmentStatus.Acknowledged)]
    [InlineData(AssignmentStatus.Returned)]
    public void AssignmentsStillWaitingForTheRecipientAreReminded(AssignmentStatus status) =>
        Assert.Equal("overdue", Occasion(Vn(2027, 2, 6, 8, 0), status));

    [Fact]
    public void AfterAnOutageOnlyTheLatestOccasionIsDue()
    {
        // The app was down from before D-2 until the day after the due date: one overdue reminder, no D-2 or D0.
        var o = new ReminderOptions { DaysBefore = [7, 2] };
        Assert.Equal("D-7", Occasion(Vn(2027, 1, 30, 12, 0), o: o));
        Assert.Equal("overdue", Occasion(Vn(2027, 2, 6, 12, 0), o: o));
        Assert.Equal("D-2", Occasion(Vn(2027, 2, 4, 12, 0), o: o));
    }

    [Fact]
    public void ADueDateOnNewYearsDayIsRemindedInTheOldYearAndOverdueInTheNew()
    {
        var due = new DateOnly(2027, 1, 1);
        var d2 = ReminderSchedule.DueNow(AssignmentStatus.Pending, due, Vn(2026, 12, 30, 7, 0), Defaults);
        Assert.Equal("D-2", d2?.Name);
        Assert.Equal(new DateTimeOffset(2026, 12, 30, 0, 0, 0, TimeSpan.Zero), d2?.DueAt);
        Assert.Equal("D0", Occasion(Vn(2027, 1, 1, 7, 0), due: due));
        Assert.Equal("overdue", Occasion(Vn(2027, 1, 2, 7, 0), due: due));
        // Due on 31/12: overdue on the morning of 01/01, which is still 31/12 in UTC.
        var overdue = ReminderSchedule.DueNow(AssignmentStatus.Pending, new DateOnly(2026, 12, 31), Vn(2027, 1, 1, 7, 0), Defaults);
        Assert.Equal("overdue", overdue?.Name);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), overdue?.DueAt);
    }

    [Fact]
    public void RepeatedOverdueRemindersAreNumberedAndOnlyTheLatestIsDue()
    {
        var o = new ReminderOptions { OverdueRepeatDays = 3 };
        Assert.Equal("overdue", Occasion(Vn(2027, 2, 6, 7, 0), o: o));
        Assert.Equal("overdue", Occasion(Vn(2027, 2, 9, 6, 59), o: o));
        Assert.Equal("overdue-2", Occasion(Vn(2027, 2, 9, 7, 0), o: o));
        Assert.Equal("overdue-3", Occasion(Vn(2027, 2, 12, 7, 0), o: o));
        // Down for a week: the one due now, numbered as if none had been missed.
        Assert.Equal("overdue-5", Occasion(Vn(2027, 2, 19, 10, 0), o: o));
    }

    [Fact]
    public void OccasionsAndTheHourFollowTheOptions()
    {
        var o = new ReminderOptions { DaysBefore = [], OnDueDay = false, Overdue = false, TimeOfDay = new TimeOnly(8, 30) };
        Assert.Null(Occasion(Vn(2027, 2, 3, 9, 0), o: o));
        Assert.Null(Occasion(Vn(2027, 2, 9, 9, 0), o: o));
        var morning = new ReminderOptions { TimeOfDay = new TimeOnly(8, 30) };
        Assert.Null(Occasion(Vn(2027, 2, 3, 8, 29), o: morning));
        Assert.Equal("D-2", Occasion(Vn(2027, 2, 3, 8, 30), o: morning));
        Assert.Null(Occasion(Vn(2027, 2, 9, 9, 0), o: new ReminderOptions { Enabled = false }));
    }

    [Fact]
    public void AnOccasionThatPassedBeforeTheAssignmentExistedIsNotSent()
    {
        // Issued on 04/02 at 10:00, due 05/02: no "two days before" at once; the due-day reminder comes as usual.
        var created = Vn(2027, 2, 4, 10, 0);
        Assert.Null(ReminderSchedule.DueNow(AssignmentStatus.Pending, Due, Vn(2027, 2, 4, 10, 1), Defaults, created));
        Assert.Equal("D0", ReminderSchedule.DueNow(AssignmentStatus.Pending, Due, Vn(2027, 2, 5, 7, 0), Defaults, created)?.Name);
    }

    [Theory]
    [InlineData(null, "2")]
    [InlineData("7,1", "7,1")]
    [InlineData("", "")]
    public void ConfiguredDaysBeforeReplaceTheDefault(string? csv, string expected)
    {
        var settings = new Dictionary<string, string?>();
        if (csv is not null) settings["Compliance:Reminders:DaysBefore"] = csv;
        Assert.Equal(expected, string.Join(",", Bind(settings).DaysBefore));
    }

    [Fact]
    public void AConfiguredListReplacesTheDefaultInsteadOfBeingAppended()
    {
        var o = Bind(new() { ["Compliance:Reminders:DaysBefore:0"] = "5", ["Compliance:Reminders:DaysBefore:1"] = "1", ["Compliance:Reminders:TimeOfDay"] = "06:30", ["Compliance:Reminders:OverdueRepeatDays"] = "2" });
        Assert.Equal([5, 1], o.DaysBefore);
        Assert.Equal(new TimeOnly(6, 30), o.TimeOfDay);
        Assert.Equal(2, o.OverdueRepeatDays);
        Assert.Equal(60, new ReminderOptions().ScanSeconds);
    }

    private static ReminderOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddComplianceReminders();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReminderOptions>>().Value;
    }
}
