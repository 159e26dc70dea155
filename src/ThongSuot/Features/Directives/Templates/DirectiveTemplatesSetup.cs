namespace ThongSuot.Features.Directives.Templates;

public static class DirectiveTemplatesSetup
{
    public static IServiceCollection AddDirectiveTemplates(this IServiceCollection services)
    {
        services.AddScoped<DirectiveTemplatesService>();
        return services;
    }

    public static IEndpointRouteBuilder MapDirectiveTemplates(this IEndpointRouteBuilder app) => app.MapDirectiveTemplatesApi();
}
