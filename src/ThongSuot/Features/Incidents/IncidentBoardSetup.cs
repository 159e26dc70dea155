using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>The live operations board: SignalR hub, the board's state API, and the event handler that pushes each change.</summary>
public static class IncidentBoardSetup
{
    public static IServiceCollection AddIncidentBoard(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddScoped<BoardService>();
        // A lane of its own on the event processor, woken by the commit on this node: never behind the notifications.
        services.AddEventHandler<IncidentChanged, BoardPush>();
        return services;
    }

    public static IEndpointRouteBuilder MapIncidentBoard(this IEndpointRouteBuilder app)
    {
        // Sign-in by cookie; the fallback policy would demand it anyway, the attribute on the hub says so where it is read.
        app.MapHub<IncidentsHub>(IncidentsHub.Path).RequireAuthorization();
        app.MapGet("/api/v1/incidents/board", async (BoardService board, CancellationToken ct) => TypedResults.Ok(await board.StateAsync(ct)))
            .WithTags("Incidents").RequireAuthorization()
            .WithSummary("Open incidents the caller may see, by severity then age, with the key sites: the live board's state.");
        return app;
    }
}
