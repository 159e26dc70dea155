using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// /hubs/incidents: clients only listen ("incidentChanged" with a <see cref="BoardRow"/>; "incidentRemoved" with a
/// <see cref="BoardRemoval"/> when their organisation may no longer see an incident). Each connection joins one group
/// chosen from its sign-in, so a Member's browser is never sent another organisation's incident.
/// </summary>
[Authorize]
public sealed class IncidentsHub : Hub
{
    public const string Path = "/hubs/incidents";
    public const string ChangedMessage = "incidentChanged";
    public const string RemovedMessage = "incidentRemoved";

    public override async Task OnConnectedAsync()
    {
        if (IncidentsHubGroups.ForUser(Context.User) is { } group)
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        await base.OnConnectedAsync();
    }
}

/// <summary>Group names of the incidents hub: "province" for province-wide roles, "org:{id}" for a Member's organisation.</summary>
public static class IncidentsHubGroups
{
    public const string Province = "province";

    public static string Organization(Guid id) => $"org:{id}";

    /// <summary>The one group a signed-in user listens in; null (no messages) for a Member without an organisation.</summary>
    public static string? ForUser(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        if (Roles.ProvinceWide.Any(user.IsInRole)) return Province;
        return Guid.TryParse(user.FindFirstValue(AppClaims.OrganizationId), out var org) && org != Guid.Empty ? Organization(org) : null;
    }

    /// <summary>Who hears about an incident: the province, the reporting organisation and every involved one (as IncidentsService.Visible() reads).</summary>
    public static IReadOnlyList<string> ForIncident(BoardRow row) =>
        [Province, .. row.Organizations.Select(o => o.Id).Append(row.OrganizationId).Distinct().Select(Organization)];
}
