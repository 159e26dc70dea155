using System.Text.RegularExpressions;

namespace ThongSuot.Features.Directives;

/// <summary>
/// Blanks a drafter is meant to fill: "…" or "..." standing alone or after "/" or "-" ("số …/…", "ngày …", "CT-…"),
/// template tokens left unreplaced ("{năm}", "{{tên}}"), and "[…]" or "___" blanks. An ellipsis right after a word
/// ("đứt cáp…") or closing a list ("3G, 4G, IPTV, ....", as seed 000 prints it) is prose ("and so on"), not a blank.
/// </summary>
public static partial class LetterPlaceholders
{
    /// <summary>Each blank with the word before it, adjacent ones joined: "Công văn số …/UBND ngày … của" → ["số …/UBND ngày …"].</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var found = new List<(int From, int To)>();
        foreach (Match m in Blank().Matches(text))
        {
            var from = m.Index;
            while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
            var to = m.Index + m.Length;
            while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
            if (found.Count > 0 && from <= found[^1].To) { found[^1] = (found[^1].From, Math.Max(to, found[^1].To)); continue; }
            // The word before says what the blank is ("số", "ngày"), and two blanks with only it between are one.
            var before = from - 1;
            while (before > 0 && char.IsWhiteSpace(text[before - 1])) before--;
            var start = before;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            var word = before > 0 ? text[start..before].Trim() : "";
            if (found.Count > 0 && word.Length > 0 && start <= found[^1].To + 1 && text[found[^1].To..start].Trim().Length == 0)
                found[^1] = (found[^1].From, to);
            else found.Add((word.Length is > 0 and <= 6 && word.All(char.IsLetter) ? start : from, to));
        }
        return found.Select(r => text[r.From..r.To].TrimEnd(',', ';', ':')).Select(b => b.EndsWith("….", StringComparison.Ordinal) ? b[..^1] : b).ToList();
    }

    public static bool Any(string? text) => !string.IsNullOrWhiteSpace(text) && Blank().IsMatch(text);

    [GeneratedRegex(@"(?<![\p{L}\p{N}.…])(?<!,\s)(?:…|\.{3,})|(?<![\p{L}\p{N}.…])(?:…|\.{3,})(?=/)|\{\{[^{}]*\}\}|\{[^{}\s][^{}]{0,39}\}|\[\s*(?:…|\.{2,}|_+)?\s*\]|_{3,}")]
    private static partial Regex Blank();
}
