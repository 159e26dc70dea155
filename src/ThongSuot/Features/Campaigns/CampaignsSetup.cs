using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThongSuot.Features.Campaigns;

public static class CampaignsSetup
{
    public static IServiceCollection AddCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignsService>();
        // The directives feature replaces this with its own letters (services.Replace or an AddScoped registered earlier).
        services.TryAddScoped<ICampaignLetters, NoCampaignLetters>();
        return services;
    }

    public static IEndpointRouteBuilder MapCampaigns(this IEndpointRouteBuilder app)
    {
        app.MapCampaignsApi();
        return app;
    }
}
