namespace ThongSuot.Features.Areas;

public static class AreasSetup
{
    public static IServiceCollection AddAreas(this IServiceCollection services) => services.AddScoped<AreasService>();

    public static IEndpointRouteBuilder MapAreas(this IEndpointRouteBuilder app) => app.MapAreasApi();
}
