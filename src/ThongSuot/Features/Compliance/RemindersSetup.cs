namespace ThongSuot.Features.Compliance;

/// <summary>Reminders before the due date and when overdue, through the notifications outbox, each exactly once.</summary>
public static class RemindersSetup
{
    public static IServiceCollection AddComplianceReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section)
            .PostConfigure<IConfiguration>((o, config) =>
            {
                // The binder appends a configured list to the default [2]; the configured list is meant to replace it.
                var days = config.GetSection($"{ReminderOptions.Section}:{nameof(ReminderOptions.DaysBefore)}");
                if (days.GetChildren().Any()) o.DaysBefore = days.GetChildren().Select(c => int.TryParse(c.Value, out var d) ? d : 0).ToArray();
                else if (days.Value is not null) o.DaysBefore = ParseList(days.Value);
            });
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return services;
    }

    /// <summary>"7,2" from an environment variable; "" turns the reminders before the due date off.</summary>
    private static int[] ParseList(string value) =>
        value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => int.TryParse(v, out var d) ? d : 0).ToArray();
}
