using System.Text;
using System.Text.RegularExpressions;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// Turns a template's wording into a letter's: for campaigns from <see cref="ReformYear"/> on, first the names the 2025
/// reform changed (<see cref="Reform"/>), then the tokens. Earlier years keep the seed's wording.
/// </summary>
public static partial class TemplateWording
{
    /// <summary>The first campaign year written after the reform (Sở TT&amp;TT merged into Sở KH&amp;CN, districts abolished on 1/7/2025).</summary>
    public const int ReformYear = 2026;

    /// <summary>
    /// What the seeds say → what a letter says today. Longest first, so "UBND các huyện, thị xã, thành phố" is not
    /// caught by a shorter row. Why each: districts are gone, so the letters go to the commune level (xã, phường,
    /// đặc khu) and a commune passes them to its villages and residential groups; the district culture office became
    /// the commune's Phòng Văn hóa - Xã hội; the ministry and the department of information and communications merged
    /// into science and technology (Bộ/Sở KH&amp;CN).
    /// </summary>
    public static readonly IReadOnlyList<(string Old, string New)> Reform =
    [
        ("Ủy ban nhân dân các huyện, thành phố, thị xã", "Ủy ban nhân dân các xã, phường, đặc khu"),
        ("UBND các huyện, thị xã, thành phố", "UBND các xã, phường, đặc khu"),
        ("UBND các huyện, thành phố, thị xã", "UBND các xã, phường, đặc khu"),
        ("UBND các huyện, thành phố", "UBND các xã, phường, đặc khu"),
        ("Phòng VH&TT các huyện, thị, thành phố", "Phòng Văn hóa - Xã hội các xã, phường, đặc khu"),
        ("PVHTT các huyện/tp", "Phòng Văn hóa - Xã hội các xã, phường, đặc khu"),
        ("UBND các xã, phường, thị trấn", "các thôn, tổ dân phố"),
        ("UBND các xã, thị trấn", "các thôn, tổ dân phố"),
        ("các xã, thị trấn", "các thôn, tổ dân phố"),
        ("Đài truyền thanh xã", "Đài truyền thanh cơ sở"),
        ("Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Xã hội"),
        ("phòng Văn hóa và Thông tin", "phòng Văn hóa - Xã hội"),
        ("Phòng VH&TT", "Phòng VH-XH"),
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Sở thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
        ("Sở TT&TT", "Sở KH&CN"),
        ("Bộ TT&TT", "Bộ KH&CN"),
    ];

    /// <summary>Applies the reform table (from <see cref="ReformYear"/>) and then replaces the tokens.</summary>
    public static string Apply(string text, int year, IReadOnlyDictionary<string, string> tokens)
    {
        var result = text;
        if (year >= ReformYear)
            foreach (var (old, now) in Reform) result = result.Replace(old, now, StringComparison.Ordinal);
        foreach (var (token, value) in tokens) result = result.Replace(token, value, StringComparison.Ordinal);
        return result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Any "{…}" left after instantiation other than the due-date token, which the letter prints itself.</summary>
    public static IEnumerable<string> LeftoverTokens(string text) =>
        TokenPattern().Matches(text).Select(m => m.Value).Where(t => t != DirectiveLetter.DueToken);

    [GeneratedRegex(@"\{[^{}]{1,40}\}")]
    private static partial Regex TokenPattern();
}
