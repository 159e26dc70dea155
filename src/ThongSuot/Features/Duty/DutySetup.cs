namespace ThongSuot.Features.Duty;

public static class DutySetup
{
    public static IServiceCollection AddDuty(this IServiceCollection services)
    {
        services.AddScoped<DutyService>();
        services.AddScoped<CoverageService>();
        services.AddScoped<CoverageRequirements>();
        services.AddScoped<DutyBoard>();
        services.AddScoped<DutyDirectory>();
        services.AddScoped<DutyLogService>();
        services.AddScoped<DutyFeeds>();
        services.AddOptions<ShiftReminderOptions>().BindConfiguration("Duty");
        services.AddSingleton<ReminderBeforeShift>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderBeforeShift>());
        return services;
    }

    public static IEndpointRouteBuilder MapDuty(this IEndpointRouteBuilder app)
    {
        app.MapDutyApi();
        return app;
    }
}
