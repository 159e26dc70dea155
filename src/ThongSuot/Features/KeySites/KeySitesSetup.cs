namespace ThongSuot.Features.KeySites;

public static class KeySitesSetup
{
    public static IServiceCollection AddKeySites(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapKeySites(this IEndpointRouteBuilder app) => app;
}
