using Microsoft.AspNetCore.SignalR;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Sends the changed incident's board row to the groups allowed to see it, once the change is committed. An assignment
/// may also take an organisation off the incident: its group gets "incidentRemoved" instead, so its open boards drop a row
/// it may no longer see (and never receive the row itself). A closed, cancelled or merged incident needs no removal: its
/// row goes to everyone who sees it with IsOpen false, which drops it.
/// The row is read when it is sent, with its Revision: a late or repeated push carries the newest row, and a board
/// drops a row older than the one it shows, so the order pushes arrive in across nodes does not matter.
/// </summary>
public sealed class BoardPush(BoardService board, IHubContext<IncidentsHub> hub) : IHandles<IncidentChanged>
{
    public async Task HandleAsync(IncidentChanged change, CancellationToken ct)
    {
        var row = await board.RowAsync(change.IncidentId, ct);
        if (row is null) return;
        var groups = IncidentsHubGroups.ForIncident(row);
        await hub.Clients.Groups(groups).SendAsync(IncidentsHub.ChangedMessage, row, ct);
        var lost = (change.Removed ?? []).Select(IncidentsHubGroups.Organization).Distinct().Except(groups).ToList();
        if (lost.Count > 0)
            await hub.Clients.Groups(lost).SendAsync(IncidentsHub.RemovedMessage, new BoardRemoval(row.Id, row.Revision), ct);
    }
}
