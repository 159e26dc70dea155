using Microsoft.AspNetCore.SignalR;

namespace ThongSuot.Features.Incidents;

/// <summary>Sends the changed incident's board row to the groups allowed to see it, once the change is committed.</summary>
public sealed class BoardListener(BoardService board, IHubContext<IncidentsHub> hub) : IIncidentListener
{
    public async Task OnChangedAsync(IncidentChange change, CancellationToken ct)
    {
        var row = await board.RowAsync(change.IncidentId, ct);
        if (row is null) return;
        await hub.Clients.Groups(IncidentsHubGroups.ForIncident(row)).SendAsync(IncidentsHub.ChangedMessage, row, ct);
    }
}
