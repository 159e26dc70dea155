using Microsoft.Extensions.DependencyInjection.Extensions;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Directives;

public static class DirectivesSetup
{
    public static IServiceCollection AddDirectives(this IServiceCollection services)
    {
        // The product uses PDFsharp under the AGPL-3.0 (PDFsharp 6.5 requires an explicit licence choice);
        // decision flagged to the project leads: a commercial licence would remove the AGPL obligations.
        PdfSharp.PdfSharpLicense.SetAgplLicense();
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
