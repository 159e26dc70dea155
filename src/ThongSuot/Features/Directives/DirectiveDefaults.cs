using System.Globalization;
using ThongSuot.Documents;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Directives;

/// <summary>A new draft's header and signature as the issuer usually writes them; everything stays editable.</summary>
internal static class DirectiveDefaults
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private const string Province = "Quảng Trị";

    /// <param name="issuer">Loaded with Parent, People and Areas (with Area).</param>
    public static Directive For(Campaign campaign, Organization issuer)
    {
        var committee = issuer.Kind is OrganizationKind.CommunePeoplesCommittee or OrganizationKind.ProvincialPeoplesCommittee;
        var unit = committee ? "VP" : issuer.Kind == OrganizationKind.ProvincialDepartment ? "BCVT" : "KT";
        var signer = issuer.People.OrderBy(p => p.FullName, StringComparer.Create(Vi, false)).FirstOrDefault();
        return new Directive
        {
            CampaignId = campaign.Id,
            OrganizationId = issuer.Id,
            ParentAgency = ParentAgency(issuer),
            IssuingAgency = issuer.Name,
            Symbol = $"{issuer.ShortName}-{unit}",
            DraftingUnit = unit,
            Place = Place(issuer),
            Subject = $"Bảo đảm thông tin liên lạc phục vụ {campaign.Name}",
            SignAuthority = committee ? SigningAuthority.TM : SigningAuthority.KT,
            AuthorityTitle = committee ? "Ủy ban nhân dân" : "Giám đốc",
            SignerTitle = committee ? "Chủ tịch" : signer?.Title is { Length: > 0 } title ? title : "Phó Giám đốc",
            SignerName = signer?.FullName ?? "",
        };
    }

    /// <summary>"UBND TỈNH QUẢNG TRỊ" from the parent's name; without a parent, the province's committee.</summary>
    public static string ParentAgency(Organization issuer)
    {
        var name = issuer.Parent?.Name ?? "Ủy ban nhân dân tỉnh " + Province;
        return Abbreviate(name).ToUpper(Vi);
    }

    private static string Abbreviate(string name) =>
        name.Replace("Ủy ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase).Replace("Uỷ ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase);

    /// <summary>The place name printed before the date: the commune's name without "Phường"/"Xã", else the province.</summary>
    public static string Place(Organization issuer)
    {
        if (issuer.Kind is OrganizationKind.CommunePeoplesCommittee or OrganizationKind.GrassrootsRadio)
        {
            var area = issuer.Areas.Select(a => a.Area?.Name).FirstOrDefault(n => n is not null && !n.Contains(Province, StringComparison.Ordinal));
            if (area is not null)
            {
                foreach (var prefix in new[] { "Phường ", "Xã ", "Đặc khu ", "Thị trấn ", "Thành phố " })
                    if (area.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return area[prefix.Length..];
                return area;
            }
        }
        return Province;
    }

    /// <summary>Copies the content (not number, status or links) with fresh children; section addressees follow their lines.</summary>
    public static void CopyContent(Directive from, Directive to)
    {
        to.ParentAgency = from.ParentAgency;
        to.IssuingAgency = from.IssuingAgency;
        to.Symbol = from.Symbol;
        to.Place = from.Place;
        to.Subject = from.Subject;
        to.Urgency = from.Urgency;
        to.Introduction = from.Introduction;
        to.SectionStyle = from.SectionStyle;
        to.Closing = from.Closing;
        to.Contacts = from.Contacts;
        to.SignAuthority = from.SignAuthority;
        to.AuthorityTitle = from.AuthorityTitle;
        to.SignerTitle = from.SignerTitle;
        to.SignerName = from.SignerName;
        to.IncludeAddressees = from.IncludeAddressees;
        to.DraftingUnit = from.DraftingUnit;
        to.DrafterCode = from.DrafterCode;
        to.LegalBases = from.LegalBases.OrderBy(b => b.Order).Select((b, i) => new DirectiveLegalBasis { DirectiveId = to.Id, Order = i, Text = b.Text }).ToList();
        var lines = new Dictionary<Guid, Guid>();
        to.Recipients = from.Recipients.OrderBy(r => r.Order).Select((r, i) =>
        {
            var copy = new DirectiveRecipient { DirectiveId = to.Id, Order = i, Label = r.Label };
            copy.Organizations = r.Organizations.Select(o => new DirectiveRecipientOrganization { RecipientId = copy.Id, OrganizationId = o.OrganizationId }).ToList();
            lines[r.Id] = copy.Id;
            return copy;
        }).ToList();
        to.Sections = from.Sections.OrderBy(s => s.Order).Select((s, i) => CopySection(s, to.Id, i, lines)).ToList();
        to.Distribution = from.Distribution.OrderBy(x => x.Order).Select((x, i) => new DirectiveDistribution { DirectiveId = to.Id, Order = i, Text = x.Text, Purpose = x.Purpose }).ToList();
    }

    /// <param name="lines">Old recipient line id → new; addressees not in it are dropped.</param>
    public static DirectiveSection CopySection(DirectiveSection s, Guid directiveId, int order, IReadOnlyDictionary<Guid, Guid> lines)
    {
        var copy = new DirectiveSection { DirectiveId = directiveId, Order = order, Heading = s.Heading };
        copy.Recipients = s.Recipients.Where(r => lines.ContainsKey(r.RecipientId))
            .Select(r => new DirectiveSectionRecipient { SectionId = copy.Id, RecipientId = lines[r.RecipientId] }).ToList();
        copy.Tasks = s.Tasks.OrderBy(t => t.Order).Select((t, j) => new DirectiveTask
        {
            SectionId = copy.Id, Order = j, Text = t.Text, ReportRequired = t.ReportRequired, DueDate = t.DueDate,
        }).ToList();
        return copy;
    }
}
