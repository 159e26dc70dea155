using System.Globalization;
using ThongSuot.Calendar;
using ThongSuot.Features.Campaigns;
using ThongSuot.Documents;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>Template + campaign + issuer → a draft directive (not yet added to the context).</summary>
public static class TemplateInstantiation
{
    /// <summary>
    /// The template's signing, unless it is another kind of body's: a committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
    /// anyone else signs as its head, never for a committee (the checks before issuing refuse both mismatches).
    /// </summary>
    public static (SigningAuthority, string, string?) Signing(DirectiveTemplate template, bool committee)
    {
        var committeeTemplate = TextSearch.Normalize(template.AuthorityTitle) is var t && (t.StartsWith("uy ban", StringComparison.Ordinal) || t.StartsWith("chu tich", StringComparison.Ordinal));
        if (committee == committeeTemplate) return (template.SignAuthority, template.AuthorityTitle, template.SignerTitle);
        return committee ? (SigningAuthority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH") : (SigningAuthority.None, "GIÁM ĐỐC", null);
    }

    /// <param name="issuer">Loaded with Parent and People.</param>
    /// <param name="organizations">Every organisation, to resolve the recipient lines by kind.</param>
    public static Directive Build(DirectiveTemplate template, Campaign campaign, Organization issuer, IReadOnlyList<Organization> organizations)
    {
        var year = campaign.Year;
        var profile = IssuerProfile.Of(issuer);
        var modern = year >= TemplateWording.ReformYear;
        var agency = modern || template.LegacyAgency is null ? profile.AgencyName : template.LegacyAgency;
        var code = modern || template.LegacyCode is null ? profile.Code : template.LegacyCode;
        var committee = issuer.Kind is OrganizationKind.ProvincialPeoplesCommittee or OrganizationKind.CommunePeoplesCommittee;
        var (authority, authorityTitle, signerTitle) = Signing(template, committee);
        var signature = profile.SignatureFor(authority, authorityTitle, signerTitle);
        var contact = profile.ContactFor(signature.SignerName);
        var tokens = new Dictionary<string, string>
        {
            ["{năm}"] = year.ToString(CultureInfo.InvariantCulture),
            ["{can-chi}"] = CanChi.Year(year),
            ["{dịp}"] = campaign.Title ?? template.OccasionName ?? campaign.Occasion.Vietnamese(),
            ["{tỉnh}"] = profile.Province,
            ["{cấp}"] = profile.Level,
            ["{địa phương}"] = profile.Locality,
            ["{cơ quan}"] = agency,
            // Who speaks in "… yêu cầu:": the committee of the commune or province, or the department.
            ["{chủ thể}"] = committee ? $"UBND {profile.Level}" : issuer.Kind == OrganizationKind.ProvincialDepartment ? "Sở" : agency,
            ["{điện thoại}"] = profile.Phone,
            ["{đường dây nóng}"] = profile.Hotline,
            ["{email}"] = profile.Email,
            ["{người liên hệ}"] = contact?.FullName ?? "…",
            ["{chức vụ liên hệ}"] = contact?.Title ?? "…",
            ["{điện thoại liên hệ}"] = contact?.Phone ?? profile.Phone,
        };
        string W(string text) => TemplateWording.Apply(text, year, tokens);
        var anchor = campaign.DuringStart;

        var directive = new Directive
        {
            CampaignId = campaign.Id,
            OrganizationId = issuer.Id,
            Origin = $"template:{template.Key}",
            ParentAgency = profile.ParentAgency,
            IssuingAgency = agency,
            Symbol = $"{code}-{template.DraftingUnit}",
            Place = profile.Place,
            Subject = W(template.Subject),
            Introduction = W(template.Introduction),
            SectionStyle = template.SectionStyle,
            Closing = W(template.Closing),
            Contacts = string.Join("\n", template.Contacts.Select(W)),
            SignAuthority = signature.Authority,
            AuthorityTitle = signature.AuthorityTitle,
            SignerTitle = signature.SignerTitle,
            SignerName = signature.SignerName,
            DraftingUnit = template.DraftingUnit,
        };
        directive.LegalBases.AddRange(template.LegalBases.Select((b, i) => new DirectiveLegalBasis { DirectiveId = directive.Id, Order = i, Text = W(b) }));
        var recipients = template.Recipients.Select((r, i) =>
        {
            var line = new DirectiveRecipient { DirectiveId = directive.Id, Order = i, Label = W(r.Label) };
            line.Organizations.AddRange(organizations
                .Where(o => o.Id != issuer.Id && r.Kinds.Contains(o.Kind) && (!r.Subordinate || o.ParentId == issuer.Id))
                .Select(o => new DirectiveRecipientOrganization { RecipientId = line.Id, OrganizationId = o.Id }));
            return line;
        }).ToList();
        directive.Recipients.AddRange(recipients);
        directive.Sections.AddRange(template.Sections.Select((s, i) =>
        {
            var section = new DirectiveSection { DirectiveId = directive.Id, Order = i, Heading = W(s.Heading) };
            section.Recipients.AddRange(s.Recipients.Where(r => r >= 0 && r < recipients.Count).Distinct()
                .Select(r => new DirectiveSectionRecipient { SectionId = section.Id, RecipientId = recipients[r].Id }));
            section.Tasks.AddRange(s.Tasks.Select((t, j) => new DirectiveTask
            {
                SectionId = section.Id, Order = j, Text = W(t.Text), ReportRequired = t.ReportRequired,
                DueDate = t.DueOffsetDays is { } days && anchor is { } a ? a.AddDays(days) : null,
            }));
            return section;
        }));
        directive.Distribution.AddRange(template.Distribution.Select((d, i) => new DirectiveDistribution
        {
            DirectiveId = directive.Id, Order = i, Text = W(d.Text), Purpose = d.Purpose,
        }));
        return directive;
    }
}
