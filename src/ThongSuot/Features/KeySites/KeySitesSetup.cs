namespace ThongSuot.Features.KeySites;

public static class KeySitesSetup
{
    public static IServiceCollection AddKeySites(this IServiceCollection services)
    {
        services.AddScoped<KeySitesService>();
        services.AddOptions<MapOptions>().BindConfiguration("Map");
        return services;
    }

    public static IEndpointRouteBuilder MapKeySites(this IEndpointRouteBuilder app)
    {
        app.MapKeySitesApi();
        return app;
    }
}
