namespace ThongSuot.Features.Incidents;

/// <summary>MTTA/MTTR metrics, the catalogue editing page, attachments on the timeline.</summary>
public static class IncidentMetricsSetup
{
    public static IServiceCollection AddIncidentMetrics(this IServiceCollection services) =>
        services.AddScoped<MetricsService>().AddScoped<IncidentAttachmentsService>();

    public static IEndpointRouteBuilder MapIncidentMetrics(this IEndpointRouteBuilder app) =>
        app.MapMetricsApi().MapIncidentAttachmentsApi();
}
