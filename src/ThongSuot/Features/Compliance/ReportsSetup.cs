using ThongSuot.Shared.Events;
using ThongSuot.Features.Directives;

namespace ThongSuot.Features.Compliance;

/// <summary>Assignments, inbox, acknowledge, reports with attachments and versions, review, readiness values.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddComplianceReports(this IServiceCollection services) => services
        .AddScoped<ComplianceService>()
        .AddScoped<IDirectiveIssueHook, AssignmentsOnIssue>()
        .AddEventHandler<ReportChanged, ReportNotifications>();

    public static IEndpointRouteBuilder MapComplianceReports(this IEndpointRouteBuilder app)
    {
        app.MapComplianceApi();
        return app;
    }
}
