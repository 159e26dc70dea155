using Microsoft.AspNetCore.SignalR;

namespace ThongSuot.Features.Incidents;

/// <summary>Sends the changed incident's board row to the groups allowed to see it, once the change is committed.</summary>
/// <remarks>
/// BoardService is resolved per call, not injected: it reads through IncidentsService, whose event bus is what creates
/// this listener, so constructor injection would be a dependency cycle. By the time a change is published the scope's
/// IncidentsService exists and is reused.
/// </remarks>
public sealed class BoardListener(IServiceProvider services, IHubContext<IncidentsHub> hub) : IIncidentListener
{
    public async Task OnChangedAsync(IncidentChange change, CancellationToken ct)
    {
        var row = await services.GetRequiredService<BoardService>().RowAsync(change.IncidentId, ct);
        if (row is null) return;
        await hub.Clients.Groups(IncidentsHubGroups.ForIncident(row)).SendAsync(IncidentsHub.ChangedMessage, row, ct);
    }
}
