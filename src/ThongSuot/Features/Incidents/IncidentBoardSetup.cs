namespace ThongSuot.Features.Incidents;

/// <summary>The live operations board: SignalR hub, map, counters, filters.</summary>
public static class IncidentBoardSetup
{
    public static IServiceCollection AddIncidentBoard(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapIncidentBoard(this IEndpointRouteBuilder app) => app;
}
