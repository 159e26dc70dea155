using System.Globalization;
using System.Text;

namespace ThongSuot.Shared;

/// <summary>
/// Search keys that match the same way on SQLite and PostgreSQL: lower case, no diacritics,
/// đ as d, single spaces. "Quảng Trị" and "quang tri" share one key.
/// </summary>
public static class TextSearch
{
    public static string Normalize(params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            if (sb.Length > 0) sb.Append(' ');
            foreach (var ch in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
                var c = char.ToLowerInvariant(ch);
                if (c == 'đ') c = 'd';
                if (char.IsWhiteSpace(c))
                {
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    continue;
                }
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }
}
