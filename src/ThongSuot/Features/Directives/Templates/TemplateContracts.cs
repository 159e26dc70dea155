using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>A template as the list shows it.</summary>
public sealed record DirectiveTemplateDto(
    string Key, string Title, string Source, CampaignOccasion Occasion, string OccasionName,
    DirectiveSectionStyle SectionStyle, IReadOnlyList<string> Recipients, int Sections, int Tasks);

/// <summary>POST /api/v1/directives/from-template: a draft of this template in this campaign, issued by the caller's organisation.</summary>
public sealed record FromTemplateRequest(string? TemplateKey, Guid? CampaignId);

/// <summary>POST /api/v1/campaigns/from-template: the campaign of the template's occasion in this year, and its draft.
/// Title names a Party congress (default: the template's).</summary>
public sealed record CampaignFromTemplateRequest(string? TemplateKey, int? Year, string? Title = null);

public sealed record DirectiveDraftDto(Guid Id, Guid CampaignId, string Subject, string Origin, string EditUrl);

public sealed record CampaignDraftDto(Guid CampaignId, Guid DirectiveId, string CampaignName, string EditUrl);

/// <summary>What "new campaign from template" would create: shown before creating.</summary>
public sealed record CampaignFromTemplatePreview(DirectiveTemplate Template, int Year, string? Title, string CampaignName);
