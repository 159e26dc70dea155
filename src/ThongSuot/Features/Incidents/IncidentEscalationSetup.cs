using ThongSuot.Features.Notifications;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>SLA timers, step-by-step escalation, incident notifications and the signed acknowledge link.</summary>
public static class IncidentEscalationSetup
{
    public static IServiceCollection AddIncidentEscalation(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddScoped<EscalationTargets>();
        services.AddScoped<EscalationScanner>();
        services.AddScoped<EscalationView>();
        services.AddScoped<IncidentNotificationMessages>();
        services.AddEventHandler<IncidentChanged, IncidentNotifications>();
        services.AddScoped<IActionLinkHandler, IncidentAcknowledgeLinkHandler>();
        services.AddSingleton<EscalationWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<EscalationWorker>());
        return services;
    }

    public static IEndpointRouteBuilder MapIncidentEscalation(this IEndpointRouteBuilder app) => app;
}
