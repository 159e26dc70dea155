namespace ThongSuot.Features.Directives;

public static class DirectivesSetup
{
    public static IServiceCollection AddDirectives(this IServiceCollection services)
    {
        Templates.DirectiveTemplatesSetup.AddDirectiveTemplates(services);
        return services;
    }

    public static IEndpointRouteBuilder MapDirectives(this IEndpointRouteBuilder app)
    {
        Templates.DirectiveTemplatesSetup.MapDirectiveTemplates(app);
        return app;
    }
}
