namespace ThongSuot.Features.Organizations;

public static class OrganizationsSetup
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services) => services
        .AddScoped<OrganizationsService>()
        .AddScoped<OrganizationsCsv>();

    public static IEndpointRouteBuilder MapOrganizations(this IEndpointRouteBuilder app) => app.MapOrganizationsApi();
}
