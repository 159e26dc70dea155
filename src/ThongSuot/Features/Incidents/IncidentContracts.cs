namespace ThongSuot.Features.Incidents;

/// <summary>A new incident, from the web form, the phone log or an operator's system. Enums and times arrive as text so bad values become field errors.</summary>
public sealed record IncidentRequest
{
    public string? Type { get; init; }
    public int? Severity { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? ReporterName { get; init; }
    public string? ReporterPhone { get; init; }
    /// <summary>API clients may say "Automatic" (a monitoring system); otherwise the endpoint decides the channel.</summary>
    public string? Channel { get; init; }
    public List<string>? Services { get; init; }
    public List<Guid>? AffectedOrganizationIds { get; init; }
    public Guid? AreaId { get; init; }
    public Guid? KeySiteId { get; init; }
    public Guid? CampaignId { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>ISO 8601 with an offset (e.g. 2027-02-06T23:40:00+07:00); without one it is read as Vietnam time.</summary>
    public string? StartedAt { get; init; }
    public long? SubscribersAffected { get; init; }
}

public sealed record StatusRequest(string? Status, int? Revision, string? Note)
{
    /// <summary>On restore: when the service came back, if earlier than now (same formats as <see cref="IncidentRequest.StartedAt"/>).</summary>
    public string? RestoredAt { get; init; }
}

/// <summary>Corrects when the outage began and when the service came back; at least one, and always a reason for the timeline.</summary>
public sealed record TimesRequest(string? StartedAt, string? RestoredAt, string? Reason, int? Revision);
public sealed record NoteRequest(string? Text);
public sealed record AssignRequest(List<Guid>? OrganizationIds, int? Revision, string? Note);
public sealed record MergeRequest(Guid? IntoId, int? Revision, string? Note);

public sealed record IncidentQuery(string? Status = null, string? Type = null, string? Severity = null, Guid? OrganizationId = null,
    string? Search = null, int Page = 1, int PageSize = 25);

public sealed record IncidentListItem(Guid Id, string Number, string Title, IncidentStatus Status, string StatusName, string TypeCode,
    string TypeName, int Severity, IncidentChannel Channel, Guid OrganizationId, string OrganizationName, DateTime StartedAt, int Revision);

public sealed record IncidentPage(IReadOnlyList<IncidentListItem> Items, int Total, int Page, int PageSize);

public sealed record InvolvedOrganizationDto(Guid Id, string ShortName, string Name, IncidentInvolvement Role);

public sealed record TimelineEntryDto(DateTime At, IncidentEntryKind Kind, IncidentStatus? FromStatus, IncidentStatus? ToStatus, string? Text, string? ByName);

public sealed record IncidentDto(
    Guid Id, string Number, IncidentStatus Status, string StatusName, IncidentChannel Channel, string TypeCode, string TypeName,
    int Severity, string SeverityName, string Title, string? Description, string? ReporterName, string? ReporterPhone,
    Guid OrganizationId, string OrganizationName, IReadOnlyList<AffectedService> Services,
    Guid? AreaId, string? AreaName, Guid? KeySiteId, string? KeySiteName, Guid? CampaignId, string? CampaignName,
    double? Latitude, double? Longitude, DateTime StartedAt, int? SubscribersAffected,
    DateTime? AcknowledgedAt, DateTime? RespondingAt, DateTime? RestoredAt, DateTime? ClosedAt, DateTime? CancelledAt,
    Guid? MergedIntoId, string? MergedIntoNumber, int Revision, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<InvolvedOrganizationDto> Organizations, IReadOnlyList<TimelineEntryDto> Timeline,
    IReadOnlyList<AidRequestDto> AidRequests, IReadOnlyList<IncidentStatus> NextStatuses, bool CanUpdate,
    DateTime? ServiceRestoredAt, double? OutageMinutes, long? OutageSize);

public sealed record AidRequestBody(Guid? OrganizationId, string? Kind, int? Count, string? Note);
public sealed record AidResponseBody(string? Note, Guid? ResourceId);

public sealed record AidRequestDto(Guid Id, Guid IncidentId, Guid OrganizationId, string OrganizationName, Guid RequestedByOrganizationId,
    string RequestedByOrganizationName, AidResourceKind Kind, string KindName, int Count, string? Note, AidRequestStatus Status, string StatusName,
    Guid? ResourceId, string? ResponseNote, string? RequestedBy, string? RespondedBy, DateTime RequestedAt, DateTime? RespondedAt, bool CanRespond);

public sealed record AidResourceBody(Guid? OrganizationId, string? Kind, string? Name, int? Count, string? Location, string? Status, string? Notes);

public sealed record AidResourceDto(Guid Id, Guid OrganizationId, string OrganizationName, AidResourceKind Kind, string KindName, string Name,
    int Count, string? Location, AidResourceStatus Status, string StatusName, string? Notes, DateTime UpdatedAt, bool CanEdit);

public sealed record IncidentTypeDto(string Code, string Name, int SortOrder, bool IsActive);
public sealed record IncidentTypeBody(string? Code, string? Name, int? SortOrder, bool? IsActive);
public sealed record SeverityDto(int Level, string Name, string Meaning, int AcknowledgeMinutes, int RestoreMinutes);
public sealed record SeverityBody(string? Name, string? Meaning, int? AcknowledgeMinutes, int? RestoreMinutes);

/// <summary>
/// The domain event of every incident change (<see cref="Shared.Events.DomainEvents"/>): the live board and notifications
/// handle it once it is committed. <see cref="What"/> is "reported", "status", "note", "assigned", "merged",
/// "aid-requested", "attachment"…; an assignment also says which organisations it added and which it took off.
/// </summary>
public sealed record IncidentChanged(Guid IncidentId, string Number, string What, IncidentStatus Status, int Severity, DateTime At,
    IReadOnlyList<Guid>? Added = null, IReadOnlyList<Guid>? Removed = null);
