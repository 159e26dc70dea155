namespace ThongSuot.Features.Directives;

/// <summary>
/// What a client sends to create or replace a draft. Enums travel as their names in text so an unknown value is a
/// field error. On create, omitted fields keep the defaults from the issuer; on replace (PUT) the request is the
/// whole content and <see cref="Revision"/> must be the one last read. Sections address recipient lines by index.
/// </summary>
public sealed record DirectiveRequest
{
    public Guid? CampaignId { get; init; }
    /// <summary>The issuer; only Admin and Coordinator may name another organisation than their own.</summary>
    public Guid? OrganizationId { get; init; }
    public Guid? Revision { get; init; }
    public string? ParentAgency { get; init; }
    public string? IssuingAgency { get; init; }
    public string? Symbol { get; init; }
    public string? Place { get; init; }
    public string? Subject { get; init; }
    public string? Urgency { get; init; }
    public IReadOnlyList<string?>? LegalBases { get; init; }
    public string? Introduction { get; init; }
    public string? SectionStyle { get; init; }
    public IReadOnlyList<RecipientRequest?>? Recipients { get; init; }
    public IReadOnlyList<SectionRequest?>? Sections { get; init; }
    public string? Closing { get; init; }
    public string? Contacts { get; init; }
    public string? SignAuthority { get; init; }
    public string? AuthorityTitle { get; init; }
    public string? SignerTitle { get; init; }
    public string? SignerName { get; init; }
    public bool? IncludeAddressees { get; init; }
    public IReadOnlyList<DistributionRequest?>? Distribution { get; init; }
    public string? DraftingUnit { get; init; }
    public string? DrafterCode { get; init; }
}

public sealed record RecipientRequest(string? Label, IReadOnlyList<Guid>? OrganizationIds);

/// <summary>A section; <see cref="RecipientIndexes"/> point into the request's recipient lines (empty = everyone).</summary>
public sealed record SectionRequest(string? Heading, IReadOnlyList<int>? RecipientIndexes, IReadOnlyList<TaskRequest?>? Tasks);

public sealed record TaskRequest(string? Text, bool? ReportRequired, DateOnly? DueDate);

public sealed record DistributionRequest(string? Text, string? Purpose);

/// <param name="AcknowledgeWarnings">Issue despite the checks' warnings (due dates outside the campaign, reports without a due date).</param>
public sealed record IssueRequest(int? Number, bool AcknowledgeWarnings = false);

/// <summary>Filters of the list; status is the enum name.</summary>
public sealed record DirectiveQuery(Guid? CampaignId = null, string? Status = null, Guid? OrganizationId = null);

/// <summary>Something the editor and preview show beside a field; issuing is refused while any remains.</summary>
public sealed record DirectiveWarning(string Field, string Message);

public sealed record DirectiveSummaryDto(
    Guid Id, Guid CampaignId, string CampaignName, Guid OrganizationId, string OrganizationName,
    Guid? ParentDirectiveId, Guid? PreviousVersionId, int Version, DirectiveStatus Status, string StatusName,
    string? NumberText, DateOnly? IssuedOn, string Subject, DateTime UpdatedAt);

public sealed record DirectiveDto(
    Guid Id, Guid CampaignId, string CampaignName, Guid OrganizationId, string OrganizationName,
    Guid? ParentDirectiveId, Guid? PreviousVersionId, int Version, DirectiveStatus Status, string StatusName, string? Origin,
    string ParentAgency, string IssuingAgency, int? Year, int? Number, string Symbol, string? NumberText, string Place,
    DateOnly? IssuedOn, string Subject, string Urgency,
    IReadOnlyList<string> LegalBases, string Introduction, string SectionStyle,
    IReadOnlyList<RecipientDto> Recipients, IReadOnlyList<SectionDto> Sections,
    string Closing, string Contacts,
    string SignAuthority, string AuthorityTitle, string? SignerTitle, string SignerName,
    bool IncludeAddressees, IReadOnlyList<DistributionDto> Distribution, string DraftingUnit, string? DrafterCode,
    DateTime? IssuedAt, DateTime CreatedAt, DateTime UpdatedAt, Guid Revision,
    IReadOnlyList<DirectiveWarning> Warnings,
    IReadOnlyList<DirectiveSummaryDto> Versions,
    DirectiveSummaryDto? Parent,
    IReadOnlyList<DirectiveSummaryDto> Children,
    DirectivePermissions Can);

public sealed record RecipientDto(string Label, IReadOnlyList<Guid> OrganizationIds, IReadOnlyList<string> OrganizationNames);

public sealed record SectionDto(string Heading, IReadOnlyList<int> RecipientIndexes, IReadOnlyList<TaskDto> Tasks);

public sealed record TaskDto(string Text, bool ReportRequired, DateOnly? DueDate);

public sealed record DistributionDto(string Text, string? Purpose);

/// <summary>What the caller may do with this letter now; pages show only these actions.</summary>
public sealed record DirectivePermissions(bool Edit, bool Issue, bool Correct, bool Cascade);
