namespace ThongSuot.Features.Compliance;

/// <summary>Readiness form definitions and their editor, the compliance board, sums and exports.</summary>
public static class BoardSetup
{
    public static IServiceCollection AddComplianceBoard(this IServiceCollection services)
    {
        services.AddScoped<ReadinessFormsService>();
        services.AddScoped<BoardService>();
        return services;
    }

    public static IEndpointRouteBuilder MapComplianceBoard(this IEndpointRouteBuilder app)
    {
        app.MapReadinessFormsApi();
        app.MapBoardApi();
        return app;
    }
}
