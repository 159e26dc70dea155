namespace ThongSuot.Features.Duty;

/// <summary>The Gaps page form for one campaign's coverage requirement; the same fields the API takes.</summary>
public sealed class RequirementForm
{
    public Guid? CampaignId { get; set; }
    public Guid? OrganizationId { get; set; }
    public string? OrganizationKind { get; set; }
    public string? Role { get; set; }
    public string? Phase { get; set; } = nameof(DutyPhase.During);
    public string? Mode { get; set; } = nameof(CoverageMode.Continuous);

    public RequirementRequest ToRequest() => new(CampaignId, OrganizationId, OrganizationKind, Role, Phase, Mode);
}

/// <summary>One requirement as the Gaps page lists it.</summary>
public sealed record RequirementRow(Guid Id, string Target, string Description);

/// <summary>An active campaign and what it requires to be covered.</summary>
public sealed record CampaignRequirementsView(Guid CampaignId, string Name, IReadOnlyList<RequirementRow> Rows);
