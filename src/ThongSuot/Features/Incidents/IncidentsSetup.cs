namespace ThongSuot.Features.Incidents;

public static class IncidentsSetup
{
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddScoped<IncidentsService>();
        services.AddScoped<AidResourcesService>();
        services.AddScoped<IncidentCatalogService>();
        services.AddIncidentBoard();
        services.AddIncidentEscalation();
        services.AddIncidentMetrics();
        return services;
    }

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        app.MapIncidentsApi();
        app.MapAidResourcesApi();
        app.MapIncidentEscalation();
        app.MapIncidentBoard();
        app.MapIncidentMetrics();
        return app;
    }
}
