using System.Text.RegularExpressions;
using ThongSuot.Documents;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// What a letter takes from its issuing organisation's own data: the header names, the place, phones, the signer and
/// the contact person. Nothing about people comes from the seeds.
/// </summary>
public sealed partial record IssuerProfile(
    string ParentAgency, string AgencyName, string Code, string Province, string Locality, string Level, string Place,
    string Phone, string Hotline, string Email, IReadOnlyList<Person> People)
{
    /// <param name="issuer">Loaded with its Parent and People.</param>
    public static IssuerProfile Of(Organization issuer)
    {
        var province = ProvinceOf(issuer.Name) ?? ProvinceOf(issuer.Parent?.Name) ?? AddressProvince(issuer.Address) ?? "";
        var provinceCommittee = province.Length > 0 ? $"UBND tỉnh {province}" : "UBND tỉnh";
        string agency, locality, level, place;
        if (issuer.Kind == OrganizationKind.CommunePeoplesCommittee)
        {
            // "Ủy ban nhân dân phường Đồng Hới": the commune is the locality; its first word is the level.
            locality = CommitteePrefix().Replace(issuer.Name, "").Trim();
            level = locality.Split(' ', 2)[0];
            place = locality.Contains(' ') ? locality.Split(' ', 2)[1] : locality;
            agency = issuer.Name;
        }
        else
        {
            locality = province.Length > 0 ? $"tỉnh {province}" : "tỉnh";
            level = "tỉnh";
            place = province;
            // The parent line already names the province: "UBND TỈNH QUẢNG TRỊ / SỞ KHOA HỌC VÀ CÔNG NGHỆ".
            agency = province.Length > 0 ? Regex.Replace(issuer.Name, $@"\s+(tỉnh|thành phố)\s+{Regex.Escape(province)}\s*$", "", RegexOptions.IgnoreCase) : issuer.Name;
        }
        var parent = Abbreviate(issuer.Parent?.Name) ?? provinceCommittee;
        var people = issuer.People.OrderBy(x => x.CreatedAt).ThenBy(x => x.FullName, StringComparer.Ordinal).ToList();
        return new IssuerProfile(parent, agency, issuer.ShortName.Split('-')[0], province, locality, level,
            place.Length > 0 ? place : province, issuer.Phone ?? issuer.Hotline ?? "…", issuer.Hotline ?? issuer.Phone ?? "…",
            issuer.Email ?? "…", people);
    }

    /// <summary>
    /// Who signs: the head if the organisation lists one ("Giám đốc"), else a deputy ("Phó Giám đốc", signing KT.),
    /// else its first person. A collective body (TM.) keeps its name line and prints the person's own title.
    /// </summary>
    public LetterSignature SignatureFor(SigningAuthority authority, string authorityTitle, string? signerTitle)
    {
        var head = TextSearch.Normalize(authority == SigningAuthority.TM ? signerTitle ?? "" : authorityTitle);
        var byHead = People.FirstOrDefault(p => TextSearch.Normalize(p.Title ?? "").StartsWith(head, StringComparison.Ordinal) && head.Length > 0);
        var byDeputy = People.FirstOrDefault(p => TextSearch.Normalize(p.Title ?? "").StartsWith("pho " + head, StringComparison.Ordinal) && head.Length > 0);
        var person = byHead ?? byDeputy ?? First;
        var name = person?.FullName ?? "…";
        if (authority == SigningAuthority.TM)
        {
            var own = byHead is not null ? signerTitle : byDeputy is not null ? "Phó " + signerTitle : signerTitle;
            return new LetterSignature(SigningAuthority.TM, authorityTitle, own?.ToUpperInvariant(), name);
        }
        if (byHead is not null) return new LetterSignature(SigningAuthority.None, authorityTitle, null, name);
        if (byDeputy is not null) return new LetterSignature(SigningAuthority.KT, authorityTitle, ("Phó " + authorityTitle).ToUpperInvariant(), name);
        return new LetterSignature(authority, authorityTitle, signerTitle, name);
    }

    /// <summary>The contact person: a head of office ("Trưởng phòng …") if listed, else anyone but the signer, else the signer.</summary>
    public Person? ContactFor(string signerName) =>
        People.FirstOrDefault(p => TextSearch.Normalize(p.Title ?? "").StartsWith("truong phong", StringComparison.Ordinal))
        ?? People.FirstOrDefault(p => p.FullName != signerName) ?? First;

    private Person? First => People.Count > 0 ? People[0] : null;

    /// <summary>"Ủy ban nhân dân tỉnh Quảng Trị" → "UBND tỉnh Quảng Trị", as Decree 30 allows on the parent line.</summary>
    private static string? Abbreviate(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : CommitteePrefix().Replace(name, "UBND ").Trim();

    private static string? ProvinceOf(string? name) =>
        name is not null && ProvinceSuffix().Match(name) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    private static string? AddressProvince(string? address) =>
        string.IsNullOrWhiteSpace(address) ? null : address.Split(',').Last().Trim() is { Length: > 0 } last ? last : null;

    [GeneratedRegex(@"^\s*(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CommitteePrefix();

    [GeneratedRegex(@"\b(?:tỉnh|Tỉnh)\s+(.+)$")]
    private static partial Regex ProvinceSuffix();
}
