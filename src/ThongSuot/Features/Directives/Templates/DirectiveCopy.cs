using System.Globalization;
using System.Text.RegularExpressions;
using ThongSuot.Calendar;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// "Copy last year's": an earlier directive carried into a new campaign as a draft. The old campaign's name becomes
/// the new one's, the old lunar year's can-chi the new one's, the old year the new year (as a whole number, so
/// "năm 2026" and "01/5/2026" move but "2026" inside "12026" does not), and due dates move by the distance between
/// the two campaigns' anchors (the start of their During phases), so "23 tháng Chạp + 12 days" stays that.
/// Legal bases are last year's documents: they are copied as they were, for the user to replace.
/// </summary>
public static class DirectiveCopy
{
    /// <param name="source">Loaded with legal bases, recipients with organisations, sections with recipients and tasks, distribution.</param>
    public static Directive Build(Directive source, Campaign from, Campaign to)
    {
        string R(string text) => Rewrite(text, from, to);
        var shift = from.DuringStart is { } a && to.DuringStart is { } b ? b.DayNumber - a.DayNumber : (int?)null;
        var directive = new Directive
        {
            CampaignId = to.Id,
            OrganizationId = source.OrganizationId,
            Origin = $"copy:{source.Id}",
            ParentAgency = source.ParentAgency,
            IssuingAgency = source.IssuingAgency,
            Symbol = source.Symbol,
            Place = source.Place,
            Subject = R(source.Subject),
            Urgency = source.Urgency,
            Introduction = R(source.Introduction),
            SectionStyle = source.SectionStyle,
            Closing = R(source.Closing),
            Contacts = source.Contacts,
            SignAuthority = source.SignAuthority,
            AuthorityTitle = source.AuthorityTitle,
            SignerTitle = source.SignerTitle,
            SignerName = source.SignerName,
            IncludeAddressees = source.IncludeAddressees,
            DraftingUnit = source.DraftingUnit,
            DrafterCode = source.DrafterCode,
        };
        directive.LegalBases.AddRange(source.LegalBases.OrderBy(x => x.Order).Select((x, i) => new DirectiveLegalBasis { DirectiveId = directive.Id, Order = i, Text = x.Text }));
        var recipientIds = new Dictionary<Guid, Guid>();
        foreach (var (old, i) in source.Recipients.OrderBy(x => x.Order).Select((x, i) => (x, i)))
        {
            var line = new DirectiveRecipient { DirectiveId = directive.Id, Order = i, Label = R(old.Label) };
            line.Organizations.AddRange(old.Organizations.Select(o => new DirectiveRecipientOrganization { RecipientId = line.Id, OrganizationId = o.OrganizationId }));
            recipientIds[old.Id] = line.Id;
            directive.Recipients.Add(line);
        }
        foreach (var (old, i) in source.Sections.OrderBy(x => x.Order).Select((x, i) => (x, i)))
        {
            var section = new DirectiveSection { DirectiveId = directive.Id, Order = i, Heading = R(old.Heading) };
            section.Recipients.AddRange(old.Recipients.Where(r => recipientIds.ContainsKey(r.RecipientId))
                .Select(r => new DirectiveSectionRecipient { SectionId = section.Id, RecipientId = recipientIds[r.RecipientId] }));
            section.Tasks.AddRange(old.Tasks.OrderBy(t => t.Order).Select((t, j) => new DirectiveTask
            {
                SectionId = section.Id, Order = j, Text = R(t.Text), ReportRequired = t.ReportRequired,
                DueDate = t.DueDate is { } due ? shift is { } days ? due.AddDays(days) : due.AddYears(to.Year - from.Year) : null,
            }));
            directive.Sections.Add(section);
        }
        directive.Distribution.AddRange(source.Distribution.OrderBy(x => x.Order).Select((x, i) => new DirectiveDistribution
        {
            DirectiveId = directive.Id, Order = i, Text = R(x.Text), Purpose = x.Purpose,
        }));
        return directive;
    }

    /// <summary>Old campaign name → new, old can-chi → new, old year → new year (whole numbers only).</summary>
    public static string Rewrite(string text, Campaign from, Campaign to)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var result = text;
        if (from.Name.Length > 0 && to.Name.Length > 0) result = result.Replace(from.Name, to.Name, StringComparison.Ordinal);
        if (from.Year is >= LunarCalendar.MinYear and <= LunarCalendar.MaxYear && to.Year is >= LunarCalendar.MinYear and <= LunarCalendar.MaxYear)
            result = result.Replace(CanChi.Year(from.Year), CanChi.Year(to.Year), StringComparison.Ordinal);
        var oldYear = from.Year.ToString(CultureInfo.InvariantCulture);
        return Regex.Replace(result, $@"(?<!\d){oldYear}(?!\d)", to.Year.ToString(CultureInfo.InvariantCulture), RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
