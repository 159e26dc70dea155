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
        return services;
    }

    public static IEndpointRouteBuilder MapDuty(this IEndpointRouteBuilder app)
    {
        app.MapDutyApi();
        return app;
    }
}
