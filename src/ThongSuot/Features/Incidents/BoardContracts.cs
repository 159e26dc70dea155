namespace ThongSuot.Features.Incidents;

/// <summary>An organisation on a board row; Role is "Reporter" for the one that reported, else the involvement's name.</summary>
public sealed record BoardOrganization(Guid Id, string ShortName, string Role);

/// <summary>
/// One incident as the live board shows it: the same shape from GET /api/v1/incidents/board and from the hub's
/// "incidentChanged" message. Enums travel as text because the hub's JSON protocol has its own serializer options.
/// <see cref="IsOpen"/> false tells a board to drop the row.
/// </summary>
public sealed record BoardRow(
    Guid Id, string Number, string Title, string TypeCode, string TypeName, int Severity, string SeverityName,
    string Status, string StatusName, bool IsOpen, DateTime StartedAt, Guid OrganizationId, string OrganizationName,
    IReadOnlyList<BoardOrganization> Organizations, Guid? AreaId, string? AreaName, Guid? KeySiteId, string? KeySiteName,
    double? Latitude, double? Longitude, int Revision);

/// <summary>
/// The hub's "incidentRemoved": the receiving organisation no longer sees the incident, so its board drops the row unless
/// it already holds a newer revision.
/// </summary>
public sealed record BoardRemoval(Guid Id, int Revision);

public sealed record BoardKeySite(Guid Id, string Name, double Latitude, double Longitude);

/// <summary>What a board loads first and again after every reconnect: the open incidents the caller may see, and the key sites.</summary>
public sealed record BoardState(IReadOnlyList<BoardRow> Incidents, IReadOnlyList<BoardKeySite> KeySites, DateTime At);
