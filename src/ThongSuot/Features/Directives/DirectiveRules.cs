using ThongSuot.Documents;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

/// <summary>
/// Validates a request into a detached directive carrying the new content. Field names are the JSON paths the client
/// sent ("sections[0].tasks[1].text"); lengths are those of <see cref="DirectiveConfiguration"/>.
/// </summary>
internal static class DirectiveRules
{
    public const int MaxLines = 50;
    public const int MaxTasks = 100;

    /// <param name="basis">Values kept for fields the request leaves out when <paramref name="overlay"/> (create); a replace gives all.</param>
    public static Directive Build(DirectiveRequest r, Directive basis, bool overlay, FieldErrors e)
    {
        string? Pick(string? given, string current) => overlay ? given ?? current : given;
        string? PickOptional(string? given, string? current) => overlay ? given ?? current : given;

        var d = new Directive
        {
            ParentAgency = e.Text("parentAgency", Pick(r.ParentAgency, basis.ParentAgency), 200, true, "Cơ quan chủ quản") ?? "",
            IssuingAgency = e.Text("issuingAgency", Pick(r.IssuingAgency, basis.IssuingAgency), 200, true, "Cơ quan ban hành") ?? "",
            Symbol = e.Text("symbol", Pick(r.Symbol, basis.Symbol), 60, true, "Ký hiệu") ?? "",
            Place = e.Text("place", Pick(r.Place, basis.Place), 100, true, "Địa danh") ?? "",
            Subject = e.Text("subject", Pick(r.Subject, basis.Subject), 500, true, "Trích yếu") ?? "",
            Introduction = Block(e, "introduction", PickOptional(r.Introduction, basis.Introduction), 8000, "Mở đầu"),
            Closing = Block(e, "closing", PickOptional(r.Closing, basis.Closing), 4000, "Kết luận"),
            Contacts = Block(e, "contacts", PickOptional(r.Contacts, basis.Contacts), 2000, "Liên hệ"),
            AuthorityTitle = e.Text("authorityTitle", Pick(r.AuthorityTitle, basis.AuthorityTitle), 100, true, "Chức danh thẩm quyền") ?? "",
            SignerTitle = e.Text("signerTitle", PickOptional(r.SignerTitle, basis.SignerTitle), 100, false, "Chức vụ người ký"),
            SignerName = e.Text("signerName", PickOptional(r.SignerName, basis.SignerName), 100, false, "Người ký") ?? "",
            DraftingUnit = e.Text("draftingUnit", Pick(r.DraftingUnit, basis.DraftingUnit), 30, true, "Đơn vị soạn thảo") ?? "",
            DrafterCode = e.Text("drafterCode", PickOptional(r.DrafterCode, basis.DrafterCode), 30, false, "Ký hiệu người soạn"),
            IncludeAddressees = r.IncludeAddressees ?? (overlay ? basis.IncludeAddressees : true),
            Urgency = ParseEnum(e, "urgency", r.Urgency, overlay ? basis.Urgency : LetterUrgency.None, "Độ khẩn"),
            SectionStyle = ParseEnum(e, "sectionStyle", r.SectionStyle, overlay ? basis.SectionStyle : DirectiveSectionStyle.RomanSections, "Cách đánh số"),
            SignAuthority = ParseEnum(e, "signAuthority", r.SignAuthority, overlay ? basis.SignAuthority : SigningAuthority.None, "Thẩm quyền ký"),
        };
        if (TooMany(e, "legalBases", r.LegalBases) is { } bases)
            for (var i = 0; i < bases.Count; i++)
                d.LegalBases.Add(new DirectiveLegalBasis { DirectiveId = d.Id, Order = i, Text = e.Text($"legalBases[{i}]", bases[i], 1000, true, "Căn cứ") ?? "" });
        if (TooMany(e, "recipients", r.Recipients) is { } recipients)
            for (var i = 0; i < recipients.Count; i++)
            {
                var line = recipients[i];
                var ids = (line?.OrganizationIds ?? []).Distinct().ToList();
                if (ids.Count > 200) e.Add($"recipients[{i}].organizationIds", "Quá nhiều tổ chức.");
                var recipient = new DirectiveRecipient { DirectiveId = d.Id, Order = i, Label = e.Text($"recipients[{i}].label", line?.Label, 300, true, "Nơi gửi") ?? "" };
                recipient.Organizations.AddRange(ids.Take(200).Select(id => new DirectiveRecipientOrganization { RecipientId = recipient.Id, OrganizationId = id }));
                d.Recipients.Add(recipient);
            }
        if (TooMany(e, "sections", r.Sections) is { } sections)
            for (var i = 0; i < sections.Count; i++)
                d.Sections.Add(Section(e, d, i, sections[i]));
        if (TooMany(e, "distribution", r.Distribution) is { } lines)
            for (var i = 0; i < lines.Count; i++)
                d.Distribution.Add(new DirectiveDistribution
                {
                    DirectiveId = d.Id, Order = i,
                    Text = e.Text($"distribution[{i}].text", lines[i]?.Text, 300, true, "Nơi nhận") ?? "",
                    Purpose = e.Text($"distribution[{i}].purpose", lines[i]?.Purpose, 100, false, "Mục đích"),
                });
        return d;
    }

    private static DirectiveSection Section(FieldErrors e, Directive d, int i, SectionRequest? s)
    {
        var section = new DirectiveSection { DirectiveId = d.Id, Order = i, Heading = e.Text($"sections[{i}].heading", s?.Heading, 500, false, "Tiêu đề mục") ?? "" };
        foreach (var index in (s?.RecipientIndexes ?? []).Distinct())
        {
            if (index < 0 || index >= d.Recipients.Count) e.Add($"sections[{i}].recipientIndexes", "Mục gửi tới một dòng Kính gửi không có.");
            else section.Recipients.Add(new DirectiveSectionRecipient { SectionId = section.Id, RecipientId = d.Recipients[index].Id });
        }
        var tasks = s?.Tasks ?? [];
        if (tasks.Count > MaxTasks) { e.Add($"sections[{i}].tasks", $"Mỗi mục có tối đa {MaxTasks} nhiệm vụ."); return section; }
        for (var j = 0; j < tasks.Count; j++)
            section.Tasks.Add(new DirectiveTask
            {
                SectionId = section.Id, Order = j,
                Text = e.Text($"sections[{i}].tasks[{j}].text", tasks[j]?.Text, 4000, true, "Nội dung nhiệm vụ") ?? "",
                ReportRequired = tasks[j]?.ReportRequired ?? false,
                DueDate = tasks[j]?.DueDate,
            });
        return section;
    }

    private static IReadOnlyList<T>? TooMany<T>(FieldErrors e, string field, IReadOnlyList<T>? list)
    {
        if (list is null) return null;
        if (list.Count <= MaxLines) return list;
        e.Add(field, $"Tối đa {MaxLines} dòng.");
        return null;
    }

    /// <summary>Multi-line text: line ends normalised, blank edges trimmed; stored as typed (encoded only when shown).</summary>
    private static string Block(FieldErrors e, string field, string? value, int max, string label) =>
        e.Text(field, value?.Replace("\r\n", "\n", StringComparison.Ordinal), max, false, label) ?? "";

    public static T ParseEnum<T>(FieldErrors e, string field, string? text, T fallback, string label) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var trimmed = text.Trim();
        // Enum.TryParse also takes "7" or "1,2"; only the names are valid.
        if (!char.IsDigit(trimmed[0]) && trimmed[0] != '-' && !trimmed.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse<T>(trimmed, true, out var value) && Enum.IsDefined(value)) return value;
        e.Add(field, $"{label} không hợp lệ.");
        return fallback;
    }
}
