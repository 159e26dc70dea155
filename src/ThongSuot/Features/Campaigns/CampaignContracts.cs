namespace ThongSuot.Features.Campaigns;

/// <summary>
/// What a client sends to create or change a campaign. Occasion is the enum name as text so an unknown value is a
/// field error. An empty name takes the computed one. Phases are local dates (yyyy-MM-dd); peaks are instants
/// (send an offset, e.g. 2027-02-05T21:00:00+07:00).
/// </summary>
public sealed record CampaignRequest(
    string? Occasion,
    int? Year,
    string? Title,
    string? Name,
    PhaseRequest? Before,
    PhaseRequest? During,
    PhaseRequest? After,
    IReadOnlyList<PeakRequest>? Peaks,
    IReadOnlyList<Guid>? KeySiteIds);

public sealed record PhaseRequest(DateOnly? Start, DateOnly? End);

public sealed record PeakRequest(string? Name, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);

/// <summary>A campaign as the API and pages show it. Lunar texts ("23/12 âm lịch") only for lunar occasions.</summary>
public sealed record CampaignDto(
    Guid Id,
    CampaignOccasion Occasion,
    string OccasionName,
    int Year,
    string? Title,
    string Name,
    CampaignStatus Status,
    string StatusName,
    Guid OrganizationId,
    string OrganizationName,
    PhaseDto? Before,
    PhaseDto? During,
    PhaseDto? After,
    IReadOnlyList<PeakDto> Peaks,
    IReadOnlyList<CampaignSiteDto> KeySites,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public bool HasAllPhases => Before is not null && During is not null && After is not null;
}

public sealed record PhaseDto(DateOnly Start, DateOnly End, string? StartLunar, string? EndLunar);

/// <summary>A peak window; instants in UTC (shown in UTC+7).</summary>
public sealed record PeakDto(string Name, DateTime StartsAt, DateTime EndsAt);

public sealed record CampaignSiteDto(Guid Id, string Name);

/// <summary>The computed name and the suggested phases and peaks for an occasion in a year.</summary>
public sealed record CampaignSuggestionDto(
    CampaignOccasion Occasion,
    string OccasionName,
    int Year,
    string Name,
    PhaseDto? Before,
    PhaseDto? During,
    PhaseDto? After,
    IReadOnlyList<PeakDto> Peaks);

/// <summary>Filters of the list: status name and year.</summary>
public sealed record CampaignQuery(string? Status = null, int? Year = null);
