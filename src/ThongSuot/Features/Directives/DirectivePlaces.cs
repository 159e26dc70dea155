using static ThongSuot.Shared.UiLanguage;

namespace ThongSuot.Features.Directives;

/// <summary>Every text of a letter with its request field and the name a reader finds it by ("Căn cứ 2", "Mục II, nhiệm vụ 4").</summary>
internal static class DirectivePlaces
{
    public static IEnumerable<(string Field, string Place, string Text)> Texts(Directive d)
    {
        yield return ("parentAgency", Pick("Cơ quan chủ quản", "Parent body"), d.ParentAgency);
        yield return ("issuingAgency", Pick("Cơ quan ban hành", "Issuing body"), d.IssuingAgency);
        yield return ("symbol", Pick("Ký hiệu", "Symbol"), d.Symbol);
        yield return ("place", Pick("Địa danh", "Place name"), d.Place);
        yield return ("subject", Pick("Trích yếu", "Subject"), d.Subject);
        foreach (var (b, i) in d.LegalBases.OrderBy(b => b.Order).Select((b, i) => (b, i)))
            yield return ($"legalBases[{i}]", Pick($"Căn cứ {i + 1}", $"Legal basis {i + 1}"), b.Text);
        foreach (var (r, i) in d.Recipients.OrderBy(r => r.Order).Select((r, i) => (r, i)))
            yield return ($"recipients[{i}].label", Pick($"Kính gửi dòng {i + 1}", $"Kính gửi line {i + 1}"), r.Label);
        yield return ("introduction", Pick("Đoạn mở đầu", "Opening"), d.Introduction);
        foreach (var (s, i) in d.Sections.OrderBy(s => s.Order).Select((s, i) => (s, i)))
            yield return ($"sections[{i}].heading", Pick($"Mục {SectionNumber(d, i)}", $"Section {SectionNumber(d, i)}"), s.Heading);
        foreach (var (task, field, place) in Tasks(d))
            yield return (field + ".text", place, DirectiveLetter.TaskText(task));
        yield return ("closing", Pick("Đoạn kết", "Closing"), d.Closing);
        yield return ("contacts", Pick("Phần liên hệ", "Contacts"), d.Contacts);
        yield return ("authorityTitle", Pick("Khối chữ ký", "Signature block"), d.AuthorityTitle);
        yield return ("signerTitle", Pick("Khối chữ ký", "Signature block"), d.SignerTitle ?? "");
        yield return ("signerName", Pick("Người ký", "Signer"), d.SignerName);
        foreach (var (x, i) in d.Distribution.OrderBy(x => x.Order).Select((x, i) => (x, i)))
            yield return ($"distribution[{i}].text", Pick($"Nơi nhận dòng {i + 1}", $"Nơi nhận line {i + 1}"), x.Text);
    }

    public static IEnumerable<(DirectiveTask Task, string Field, string Place)> Tasks(Directive d) =>
        d.Sections.OrderBy(s => s.Order).SelectMany((s, i) => s.Tasks.OrderBy(t => t.Order)
            .Select((t, j) => (t, $"sections[{i}].tasks[{j}]", Pick($"Mục {SectionNumber(d, i)}, nhiệm vụ {j + 1}", $"Section {SectionNumber(d, i)}, task {j + 1}"))));

    /// <summary>As the letter prints it: "II" under Roman sections, "2" under numbered ones.</summary>
    public static string SectionNumber(Directive d, int index) =>
        d.SectionStyle == DirectiveSectionStyle.RomanSections ? Roman(index + 1) : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Roman(int n)
    {
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"], tens = ["", "X", "XX", "XXX", "XL", "L"];
        return tens[n / 10 % 6] + ones[n % 10];
    }
}
