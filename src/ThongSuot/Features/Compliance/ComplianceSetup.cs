namespace ThongSuot.Features.Compliance;

/// <summary>
/// Compliance: assignments made when a directive is issued, the recipients' inbox and reports, readiness forms, the
/// board and its exports, reminders. Each part registers itself here.
/// </summary>
public static class ComplianceSetup
{
    public static IServiceCollection AddCompliance(this IServiceCollection services)
    {
        services.AddComplianceReports();
        services.AddComplianceBoard();
        services.AddComplianceReminders();
        return services;
    }

    public static IEndpointRouteBuilder MapCompliance(this IEndpointRouteBuilder app)
    {
        app.MapComplianceReports();
        app.MapComplianceBoard();
        return app;
    }
}
