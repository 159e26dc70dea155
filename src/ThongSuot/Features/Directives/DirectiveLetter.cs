using System.Globalization;
using ThongSuot.Documents;

namespace ThongSuot.Features.Directives;

/// <summary>Turns a directive into the letter both writers print. The only place that decides how the data reads.</summary>
public static class DirectiveLetter
{
    /// <summary>Written in a task's text, prints its due date.</summary>
    public const string DueToken = "{hạn}";

    /// <param name="directive">Loaded with legal bases, recipients, sections with tasks and distribution.</param>
    /// <param name="today">The date printed on a draft (an issued letter prints its own date).</param>
    public static OfficialLetter Build(Directive directive, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return new OfficialLetter
        {
            ParentAgency = directive.ParentAgency,
            IssuingAgency = directive.IssuingAgency,
            Number = directive.Number,
            Symbol = directive.Symbol,
            Place = directive.Place,
            Date = directive.IssuedOn ?? today,
            Subject = directive.Subject,
            Urgency = directive.Urgency,
            Recipients = directive.Recipients.OrderBy(r => r.Order).Select(r => r.Label).ToList(),
            Body = Body(directive),
            Contacts = Lines(directive.Contacts),
            Signature = new LetterSignature(directive.SignAuthority, directive.AuthorityTitle, directive.SignerTitle, directive.SignerName),
            Distribution = new LetterDistribution(
                directive.Distribution.OrderBy(d => d.Order).Select(d => new DistributionEntry(d.Text, d.Purpose)).ToList(),
                directive.DraftingUnit, directive.IncludeAddressees),
            DrafterCode = directive.DrafterCode,
        };
    }

    /// <summary>"Thực hiện A, B; để bảo đảm …" — the bases and the introduction make one opening sentence.</summary>
    public static IReadOnlyList<string> Opening(Directive directive)
    {
        var bases = directive.LegalBases.OrderBy(b => b.Order)
            .Select(b => LetterFormat.Collapse(b.Text).TrimEnd('.', ';', ',').Trim())
            .Select(b => b.StartsWith("Thực hiện ", StringComparison.OrdinalIgnoreCase) ? b["Thực hiện ".Length..] : b)
            .Where(b => b.Length > 0).ToList();
        var intro = Lines(directive.Introduction);
        if (bases.Count == 0) return intro;
        var sentence = "Thực hiện " + string.Join(", ", bases);
        if (intro.Count == 0) return [sentence + "."];
        var first = intro[0];
        var joined = char.IsLower(first[0]) ? $"{sentence}; {first}" : $"{sentence}. {first}";
        return [joined, .. intro.Skip(1)];
    }

    public static string TaskText(DirectiveTask task) =>
        task.Text.Replace(DueToken, task.DueDate is { } due ? due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "…", StringComparison.Ordinal);

    private static List<LetterBlock> Body(Directive directive)
    {
        var blocks = new List<LetterBlock>();
        blocks.AddRange(Opening(directive).Select(p => new LetterParagraph(p)));
        var roman = directive.SectionStyle == DirectiveSectionStyle.RomanSections;
        foreach (var section in directive.Sections.OrderBy(s => s.Order))
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
                blocks.Add(roman ? new LetterSectionHeading(section.Heading) : new LetterNumberedItem(section.Heading));
            foreach (var task in section.Tasks.OrderBy(t => t.Order))
                blocks.Add(roman ? new LetterNumberedItem(TaskText(task)) : new LetterBulletItem(TaskText(task)));
        }
        blocks.AddRange(Lines(directive.Closing).Select(p => new LetterParagraph(p)));
        return blocks;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
