namespace ThongSuot.Features.Directives;

public static class DirectivesSetup
{
    public static IServiceCollection AddDirectives(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapDirectives(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
