namespace ThongSuot.Documents;

/// <summary>One wrapped line: its words and their widths, for left, centred or justified drawing.</summary>
internal sealed record TextLine(IReadOnlyList<string> Words, IReadOnlyList<double> Widths, double SpaceWidth, bool IsLast)
{
    public double NaturalWidth => Widths.Sum() + SpaceWidth * Math.Max(0, Words.Count - 1);

    public string Text => string.Join(' ', Words);
}

/// <summary>Greedy word wrap without hyphenation; a word wider than the line is cut by characters.</summary>
internal static class LineBreaker
{
    public static IReadOnlyList<TextLine> Wrap(
        string text, Func<string, double> measure, double space, double firstWidth, double width)
    {
        var lines = new List<TextLine>();
        var words = new List<string>();
        var widths = new List<double>();
        double used = 0;

        void Flush(bool last)
        {
            lines.Add(new TextLine([.. words], [.. widths], space, last));
            words.Clear();
            widths.Clear();
            used = 0;
        }

        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in Pieces(raw, measure, Math.Min(firstWidth, width)))
            {
                var w = measure(word);
                var limit = lines.Count == 0 ? firstWidth : width;
                if (words.Count > 0 && used + space + w > limit + 0.01) Flush(false);
                used += (words.Count > 0 ? space : 0) + w;
                words.Add(word);
                widths.Add(w);
            }
        }
        Flush(true);
        return lines;
    }

    private static IEnumerable<string> Pieces(string word, Func<string, double> measure, double width)
    {
        if (measure(word) <= width) { yield return word; yield break; }
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && measure(word[start..end]) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }
        yield return word[start..];
    }
}
