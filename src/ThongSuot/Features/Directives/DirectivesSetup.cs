using ThongSuot.Features.Notifications;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Directives;

public static class DirectivesSetup
{
    public static IServiceCollection AddDirectives(this IServiceCollection services)
    {
        services.AddScoped<DirectivesService>();
        services.AddEventHandler<DirectiveIssued, DirectiveDelivery>();
        services.AddScoped<IOutboxAttachmentSource, DirectivePdfAttachment>();
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
