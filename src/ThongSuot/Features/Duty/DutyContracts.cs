using System.Text.Json.Serialization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>A shift to create or change. Role is the enum name as text; instants carry an offset (e.g. 2027-01-30T06:00:00+07:00).</summary>
public sealed record ShiftRequest(
    Guid? OrganizationId, Guid? CampaignId, Guid? PersonId, string? PersonName, string? Phone,
    string? Role, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place);

/// <summary>Bulk entry: start times ("06:00, 14:00, 22:00") every day From..To (local dates), rotating through People.</summary>
public sealed record PatternRequest(
    Guid? OrganizationId, Guid? CampaignId, string? Role, DateOnly? From, DateOnly? To, string? StartTimes,
    IReadOnlyList<PatternPerson>? People, string? Place, bool ReplaceExisting = false);

public sealed record PatternPerson(Guid? PersonId, string? Name, string? Phone);

public sealed record SwapRequest(Guid? OtherShiftId);

public sealed record PatternResult(int Created, int Replaced);

public sealed record ShiftDto(
    Guid Id, Guid OrganizationId, string OrganizationShortName, string OrganizationName, Guid CampaignId,
    Guid? PersonId, string PersonName, string? Phone, DutyRole Role, string RoleName,
    DateTime StartsAt, DateTime EndsAt, string? Place, DateTime UpdatedAt)
{
    [JsonIgnore] public string Day => TimeDisplay.FormatDate(TimeDisplay.VietnamDay(StartsAt));
    [JsonIgnore] public string StartText => TimeDisplay.Format(StartsAt);
    [JsonIgnore] public string EndText => TimeDisplay.Format(EndsAt);
}

public sealed record ShiftQuery(Guid? OrganizationId = null, Guid? CampaignId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>One organisation on the "on duty now" board: who is on duty now, who comes next, the hotline.</summary>
public sealed record OrgNowDto(
    Guid Id, string ShortName, string Name, string Kind, string KindName, string? Hotline, string? Phone,
    IReadOnlyList<ShiftDto> Now, ShiftDto? Next);

public sealed record HotlineDto(Guid OrganizationId, string ShortName, string Name, string? Hotline, string? Phone);

public sealed record NowDto(DateTime At, IReadOnlyList<HotlineDto> Department, IReadOnlyList<OrgNowDto> Organizations);

public sealed record IntervalDto(DateTime Start, DateTime End);

/// <summary>How one requirement stands for one organisation in its window.</summary>
public sealed record RequirementCoverageDto(
    Guid RequirementId, string Description, DutyPhase Phase, CoverageMode Mode, DutyRole? Role,
    DateTime WindowStart, DateTime WindowEnd, IReadOnlyList<IntervalDto> Gaps, IReadOnlyList<IntervalDto> Overlaps,
    IReadOnlyList<DateOnly> UncoveredDays)
{
    public bool IsCovered => Gaps.Count == 0 && UncoveredDays.Count == 0;
}

public sealed record OrgCoverageDto(Guid OrganizationId, string ShortName, string Name, IReadOnlyList<RequirementCoverageDto> Requirements);

/// <summary>An organisation with uncovered time within the next hours.</summary>
public sealed record GapDto(Guid OrganizationId, string ShortName, string Name, string? Hotline, Guid CampaignId, string Requirement, IReadOnlyList<IntervalDto> Gaps, IReadOnlyList<DateOnly> UncoveredDays);

public sealed record LogRequest(Guid? OrganizationId, string? Kind, DateTimeOffset? At, string? Text, string? Reference, string? OpenMatters);

public sealed record LogEntryDto(
    Guid Id, Guid OrganizationId, Guid? ShiftId, DateTime At, DutyLogKind Kind, string KindName, string Text,
    string? Reference, string? OpenMatters, string AuthorName, DateTime? AcknowledgedAt, string? AcknowledgedBy);

public sealed record FeedRequest(Guid? OrganizationId, Guid? PersonId);

public sealed record FeedDto(Guid Id, string Url);

/// <summary>A feed as listed for its organisation: never the token, which is shown only once, at creation.</summary>
public sealed record FeedInfoDto(
    Guid Id, Guid OrganizationId, Guid? PersonId, string? PersonName, DateTime CreatedAt, string? CreatedByName,
    DateTime? RevokedAt, string? RevokedByName);

public sealed record DirectoryPersonDto(Guid Id, string FullName, string? Title, string? Phone, string? Email);

/// <summary>A directory entry: public fields of the organisation, and its people only where the caller may see them.</summary>
public sealed record DirectoryEntryDto(
    Guid Id, string ShortName, string Name, string KindName, string? Hotline, string? Phone, string? Email, string? Address,
    IReadOnlyList<DirectoryPersonDto> People);
