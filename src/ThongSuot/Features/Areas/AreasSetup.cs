namespace ThongSuot.Features.Areas;

public static class AreasSetup
{
    public static IServiceCollection AddAreas(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAreas(this IEndpointRouteBuilder app) => app;
}
