using ThongSuot.Documents;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// One of the five seed letters as data (Data/*.json, embedded). Texts are the seed's wording with tokens
/// (see <see cref="TemplateWording"/>): {năm}, {can-chi}, {dịp}, {tỉnh}, {cấp}, {địa phương}, {cơ quan} and the
/// issuer's contacts; "{hạn}" stays in a task and prints its due date.
/// </summary>
public sealed record DirectiveTemplate
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    /// <summary>Which letter it was made from (no names, no numbers of people).</summary>
    public string Source { get; init; } = "";
    public CampaignOccasion Occasion { get; init; }
    /// <summary>Default title of a campaign created from it, for occasions the user names (a Party congress).</summary>
    public string? CampaignTitle { get; init; }
    /// <summary>What {dịp} prints when the campaign has no title of its own; default: the occasion's name.</summary>
    public string? OccasionName { get; init; }
    /// <summary>Whose suggested phases a campaign created from it takes (a congress held with Tết takes Tết's).</summary>
    public CampaignOccasion? PhasesFrom { get; init; }
    public required string Subject { get; init; }
    public List<string> LegalBases { get; init; } = [];
    public string Introduction { get; init; } = "";
    public DirectiveSectionStyle SectionStyle { get; init; }
    public List<TemplateRecipient> Recipients { get; init; } = [];
    public List<TemplateSection> Sections { get; init; } = [];
    public string Closing { get; init; } = "";
    public List<string> Contacts { get; init; } = [];
    public List<TemplateDistribution> Distribution { get; init; } = [];
    public SigningAuthority SignAuthority { get; init; }
    public required string AuthorityTitle { get; init; }
    public string? SignerTitle { get; init; }
    public required string DraftingUnit { get; init; }
    /// <summary>The issuing agency's name before the 2025 reform ("Sở Thông tin và Truyền thông"), printed for earlier years.</summary>
    public string? LegacyAgency { get; init; }
    /// <summary>Its symbol code then ("STTTT").</summary>
    public string? LegacyCode { get; init; }

    public int TaskCount => Sections.Sum(s => s.Tasks.Count);
}

/// <summary>A "Kính gửi" line and the kinds of organisation it stands for; <see cref="Subordinate"/> limits it to the issuer's own units.</summary>
public sealed record TemplateRecipient(string Label, List<OrganizationKind> Kinds, bool Subordinate = false);

/// <summary>A section; <see cref="Recipients"/> are indexes into the template's recipient lines.</summary>
public sealed record TemplateSection(string Heading, List<int> Recipients, List<TemplateTask> Tasks);

/// <summary>A task; the due date is the campaign's anchor (start of its During phase) plus <see cref="DueOffsetDays"/>.</summary>
public sealed record TemplateTask(string Text, bool ReportRequired = false, int? DueOffsetDays = null);

public sealed record TemplateDistribution(string Text, string? Purpose = null);
