namespace ThongSuot.Documents;

internal enum BodyKind { Paragraph, Heading, Item, Bullet }

internal sealed record BodyLine(BodyKind Kind, string Text);

/// <summary>Every text of the letter as printed, computed once so the .docx and the .pdf agree.</summary>
internal sealed record LetterContent(
    string ParentAgency,
    string IssuingAgency,
    string NumberLine,
    string SubjectLine,
    string DateLine,
    LetterUrgency Urgency,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<BodyLine> Body,
    IReadOnlyList<string> SignatureTitles,
    string SignerName,
    IReadOnlyList<string> Distribution,
    string? DrafterCode)
{
    /// <summary>One addressee goes on the label's line: "Kính gửi: Bộ Nội vụ".</summary>
    public bool SingleRecipient => Recipients.Count == 1;

    public static LetterContent From(OfficialLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        Require(letter.ParentAgency, nameof(letter.ParentAgency));
        Require(letter.IssuingAgency, nameof(letter.IssuingAgency));
        Require(letter.Symbol, nameof(letter.Symbol));
        Require(letter.Place, nameof(letter.Place));
        Require(letter.Subject, nameof(letter.Subject));
        Require(letter.Signature.AuthorityTitle, "Signature.AuthorityTitle");
        Require(letter.Signature.SignerName, "Signature.SignerName");
        Require(letter.Distribution.DraftingUnit, "Distribution.DraftingUnit");
        if (letter.Number is < 1) throw new ArgumentException("Số văn bản phải lớn hơn 0.", nameof(letter));

        var recipients = letter.Recipients.Select(LetterFormat.Collapse).Where(r => r.Length > 0).ToList();
        if (recipients.Count == 0) throw new ArgumentException("Cần ít nhất một nơi nhận ở mục Kính gửi.", nameof(letter));

        return new LetterContent(
            LetterFormat.Collapse(letter.ParentAgency).ToUpperInvariant(),
            LetterFormat.Collapse(letter.IssuingAgency).ToUpperInvariant(),
            LetterFormat.NumberLine(letter.Number, letter.Symbol),
            LetterFormat.SubjectLine(letter.Subject),
            LetterFormat.DateLine(letter.Place, letter.Date),
            letter.Urgency,
            recipients.Count == 1 ? recipients : ListLines(recipients, "."),
            BodyLines(letter),
            TitleLines(letter.Signature),
            LetterFormat.Collapse(letter.Signature.SignerName),
            DistributionLines(letter.Distribution),
            string.IsNullOrWhiteSpace(letter.DrafterCode) ? null : LetterFormat.Collapse(letter.DrafterCode));
    }

    private static List<BodyLine> BodyLines(OfficialLetter letter)
    {
        var lines = new List<BodyLine>();
        int section = 0, item = 0;
        foreach (var block in letter.Body)
        {
            var text = LetterFormat.Collapse(block.Text);
            if (text.Length == 0) continue;
            lines.Add(block switch
            {
                LetterSectionHeading => new BodyLine(BodyKind.Heading, $"{LetterFormat.Roman(++section)}. {text}"),
                LetterNumberedItem => new BodyLine(BodyKind.Item, $"{++item}. {text}"),
                LetterBulletItem => new BodyLine(BodyKind.Bullet, $"- {text}"),
                _ => new BodyLine(BodyKind.Paragraph, text),
            });
            if (block is LetterSectionHeading) item = 0;
        }
        lines.AddRange(letter.Contacts.Select(LetterFormat.Collapse).Where(c => c.Length > 0)
            .Select(c => new BodyLine(BodyKind.Paragraph, c)));
        if (lines.Count == 0) throw new ArgumentException("Nội dung công văn không được để trống.", nameof(letter));
        lines[^1] = lines[^1] with { Text = LetterFormat.WithEndMark(lines[^1].Text) };
        return lines;
    }

    private static List<string> TitleLines(LetterSignature signature)
    {
        var mark = LetterFormat.AuthorityMark(signature.Authority);
        var head = LetterFormat.Collapse(signature.AuthorityTitle).ToUpperInvariant();
        var titles = new List<string> { mark.Length == 0 ? head : $"{mark} {head}" };
        if (!string.IsNullOrWhiteSpace(signature.SignerTitle))
            titles.Add(LetterFormat.Collapse(signature.SignerTitle).ToUpperInvariant());
        return titles;
    }

    private static List<string> DistributionLines(LetterDistribution distribution)
    {
        var lines = new List<string>();
        if (distribution.IncludeAddressees) lines.Add("- Như trên;");
        foreach (var entry in distribution.Entries)
        {
            var text = LetterFormat.Collapse(entry.Text).TrimEnd(';', '.', ',').TrimEnd();
            if (text.Length == 0) continue;
            var purpose = LetterFormat.Collapse(entry.Purpose);
            lines.Add(purpose.Length == 0 ? $"- {text};" : $"- {text} ({purpose});");
        }
        lines.Add($"- Lưu: VT, {LetterFormat.Collapse(distribution.DraftingUnit).TrimEnd('.')}.");
        return lines;
    }

    private static List<string> ListLines(List<string> items, string last) =>
        items.Select((r, i) => "- " + r.TrimStart('-', ' ').TrimEnd(';', '.', ',').TrimEnd()
            + (i == items.Count - 1 ? last : ";")).ToList();

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} không được để trống.", name);
    }
}
