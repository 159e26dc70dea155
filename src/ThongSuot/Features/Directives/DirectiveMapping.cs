namespace ThongSuot.Features.Directives;

internal static class DirectiveMapping
{
    public static string StatusName(DirectiveStatus status) => status switch
    {
        DirectiveStatus.Draft => "Dự thảo",
        DirectiveStatus.Issued => "Đã ban hành",
        _ => "Đã được thay thế",
    };

    /// <summary>"1062/SKHCN-BCVT", or null for an unnumbered draft.</summary>
    public static string? NumberText(Directive d) => d.Number is { } n ? $"{n:00}/{d.Symbol}" : null;

    public static DirectiveSummaryDto Summary(Directive d) => new(
        d.Id, d.CampaignId, d.Campaign?.Name ?? "", d.OrganizationId, d.Organization?.Name ?? "",
        d.ParentDirectiveId, d.PreviousVersionId, d.Version, d.Status, StatusName(d.Status),
        NumberText(d), d.IssuedOn, d.Subject, d.UpdatedAt);

    public static DirectiveDto ToDto(Directive d, IReadOnlyList<DirectiveWarning> warnings, IReadOnlyList<DirectiveSummaryDto> versions,
        DirectiveSummaryDto? parent, IReadOnlyList<DirectiveSummaryDto> children, DirectivePermissions can)
    {
        var recipients = d.Recipients.OrderBy(r => r.Order).ToList();
        var index = recipients.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new DirectiveDto(
            d.Id, d.CampaignId, d.Campaign?.Name ?? "", d.OrganizationId, d.Organization?.Name ?? "",
            d.ParentDirectiveId, d.PreviousVersionId, d.Version, d.Status, StatusName(d.Status), d.Origin,
            d.ParentAgency, d.IssuingAgency, d.Year, d.Number, d.Symbol, NumberText(d), d.Place,
            d.IssuedOn, d.Subject, d.Urgency.ToString(),
            d.LegalBases.OrderBy(b => b.Order).Select(b => b.Text).ToList(), d.Introduction, d.SectionStyle.ToString(),
            recipients.Select(r => new RecipientDto(r.Label,
                r.Organizations.Select(o => o.OrganizationId).ToList(),
                r.Organizations.Select(o => o.Organization?.Name ?? "").ToList())).ToList(),
            d.Sections.OrderBy(s => s.Order).Select(s => new SectionDto(s.Heading,
                s.Recipients.Where(r => index.ContainsKey(r.RecipientId)).Select(r => index[r.RecipientId]).Order().ToList(),
                s.Tasks.OrderBy(t => t.Order).Select(t => new TaskDto(t.Text, t.ReportRequired, t.DueDate)).ToList())).ToList(),
            d.Closing, d.Contacts,
            d.SignAuthority.ToString(), d.AuthorityTitle, d.SignerTitle, d.SignerName,
            d.IncludeAddressees, d.Distribution.OrderBy(x => x.Order).Select(x => new DistributionDto(x.Text, x.Purpose)).ToList(),
            d.DraftingUnit, d.DrafterCode,
            d.IssuedAt, d.CreatedAt, d.UpdatedAt, d.Revision,
            warnings, versions, parent, children, can);
    }

    /// <summary>The request that reproduces a DTO, so the editor starts from what is stored.</summary>
    public static DirectiveRequest ToRequest(DirectiveDto d) => new()
    {
        CampaignId = d.CampaignId, OrganizationId = d.OrganizationId, Revision = d.Revision,
        ParentAgency = d.ParentAgency, IssuingAgency = d.IssuingAgency, Symbol = d.Symbol, Place = d.Place, Subject = d.Subject,
        Urgency = d.Urgency, LegalBases = d.LegalBases.ToList(), Introduction = d.Introduction, SectionStyle = d.SectionStyle,
        Recipients = d.Recipients.Select(r => new RecipientRequest(r.Label, r.OrganizationIds.ToList())).ToList(),
        Sections = d.Sections.Select(s => new SectionRequest(s.Heading, s.RecipientIndexes.ToList(),
            s.Tasks.Select(t => new TaskRequest(t.Text, t.ReportRequired, t.DueDate)).ToList())).ToList(),
        Closing = d.Closing, Contacts = d.Contacts, SignAuthority = d.SignAuthority, AuthorityTitle = d.AuthorityTitle,
        SignerTitle = d.SignerTitle, SignerName = d.SignerName, IncludeAddressees = d.IncludeAddressees,
        Distribution = d.Distribution.Select(x => new DistributionRequest(x.Text, x.Purpose)).ToList(),
        DraftingUnit = d.DraftingUnit, DrafterCode = d.DrafterCode,
    };
}
