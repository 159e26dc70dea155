using Microsoft.Extensions.DependencyInjection.Extensions;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Directives;

public static class DirectivesSetup
{
    public static IServiceCollection AddDirectives(this IServiceCollection services)
    {
        services.AddScoped<DirectivesService>();
        services.Replace(ServiceDescriptor.Scoped<ICampaignLetters, DirectiveCampaignLetters>());
        Templates.DirectiveTemplatesSetup.AddDirectiveTemplates(services);
        return services;
    }

    public static IEndpointRouteBuilder MapDirectives(this IEndpointRouteBuilder app)
    {
        app.MapDirectivesApi();
        Templates.DirectiveTemplatesSetup.MapDirectiveTemplates(app);
        return app;
    }
}
