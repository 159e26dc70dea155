using System.Text.RegularExpressions;
using ThongSuot.Documents;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using static ThongSuot.Shared.UiLanguage;

namespace ThongSuot.Features.Directives;

/// <summary>
/// The letter speaks and signs as the body that issues it (Decree 30, signing marks): only a People's Committee, a
/// collective body, signs "TM. ỦY BAN NHÂN DÂN" and writes "UBND … yêu cầu"; a department's head signs "GIÁM ĐỐC"
/// (or KT./Q./TL./TUQ. GIÁM ĐỐC), never "TM.", and a committee's letter is not signed for a department.
/// </summary>
internal static partial class IssuerVoice
{
    public static void Check(Directive d, FieldErrors e)
    {
        if (d.Organization is not { } issuer) return;
        var committee = issuer.Kind is OrganizationKind.ProvincialPeoplesCommittee or OrganizationKind.CommunePeoplesCommittee;
        var title = TextSearch.Normalize(d.AuthorityTitle);
        var signed = Signed(d);
        if (committee)
        {
            if (title.StartsWith("so ", StringComparison.Ordinal) || title.Contains("giam doc", StringComparison.Ordinal))
                e.Add("authorityTitle", Pick($"Khối chữ ký: công văn của Ủy ban nhân dân không ký «{signed}»; hãy ký «TM. ỦY BAN NHÂN DÂN» hoặc «KT. CHỦ TỊCH».",
                    $"Signature block: a People's Committee's letter is not signed «{signed}»; sign «TM. ỦY BAN NHÂN DÂN» or «KT. CHỦ TỊCH»."));
            else if (d.SignAuthority == SigningAuthority.TM && !IsCommittee(title))
                e.Add("authorityTitle", Pick($"Khối chữ ký: «{signed}» không đúng; Ủy ban nhân dân ký «TM. ỦY BAN NHÂN DÂN».",
                    $"Signature block: «{signed}» is wrong; a People's Committee signs «TM. ỦY BAN NHÂN DÂN»."));
        }
        else
        {
            if (IsCommittee(title) || title.StartsWith("chu tich", StringComparison.Ordinal))
                e.Add("authorityTitle", Pick($"Khối chữ ký: {issuer.Name} không ký «{signed}»; chỉ Ủy ban nhân dân ký thay mặt Ủy ban.",
                    $"Signature block: {issuer.Name} does not sign «{signed}»; only a People's Committee signs on behalf of the Committee."));
            else if (d.SignAuthority == SigningAuthority.TM && issuer.Kind == OrganizationKind.ProvincialDepartment)
                e.Add("signAuthority", Pick($"Khối chữ ký: Sở làm việc theo chế độ thủ trưởng, không ký «{signed}»; hãy ký «GIÁM ĐỐC» hoặc «KT. GIÁM ĐỐC».",
                    $"Signature block: a department is led by its director and does not sign «{signed}»; sign «GIÁM ĐỐC» or «KT. GIÁM ĐỐC»."));
        }
        foreach (var (field, place, text) in new[] { ("introduction", Pick("Đoạn mở đầu", "Opening"), d.Introduction), ("closing", Pick("Đoạn kết", "Closing"), d.Closing) })
            foreach (var line in text.Split('\n'))
            {
                var voice = committee ? DepartmentSpeaks().Match(line) : CommitteeSpeaks().Match(line);
                if (voice.Success)
                    e.Add(field, Pick($"{place}: công văn của {issuer.Name} nhưng viết «{voice.Value.Trim()}»; hãy viết theo lời của cơ quan ban hành.",
                        $"{place}: a letter of {issuer.Name} that says «{voice.Value.Trim()}»; write in the issuing body's own voice."));
            }
    }

    private static bool IsCommittee(string normalizedTitle) =>
        normalizedTitle.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || normalizedTitle.StartsWith("ubnd", StringComparison.Ordinal);

    private static string Signed(Directive d) =>
        (d.SignAuthority == SigningAuthority.None ? "" : d.SignAuthority + ". ") + d.AuthorityTitle.ToUpperInvariant();

    [GeneratedRegex(@"^\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b[^,.;:]{0,40}?\b(?:yêu cầu|đề nghị|chỉ đạo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeSpeaks();

    [GeneratedRegex(@"^\s*Sở\b[^,.;:]{0,60}?\b(?:yêu cầu|đề nghị)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DepartmentSpeaks();
}
