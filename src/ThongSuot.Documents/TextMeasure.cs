using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThongSuot.Documents;

internal enum FontStyle { Regular, Bold, Italic, BoldItalic }

/// <summary>Text widths in points with Liberation Serif (= Times New Roman metrics): the PDF lays out
/// with them and the .docx sizes its rules and centres the Kính gửi block with them.</summary>
internal sealed class TextMeasure
{
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly Dictionary<(double, FontStyle), XFont> _fonts = [];
    private readonly XGraphics _graphics;

    public TextMeasure(XGraphics? graphics = null)
    {
        LetterFonts.EnsureInstalled();
        _graphics = graphics ?? XGraphics.CreateMeasureContext(
            new XSize(LetterGeometry.PageWidth, LetterGeometry.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(double size, FontStyle style)
    {
        if (_fonts.TryGetValue((size, style), out var font)) return font;
        var ex = style switch
        {
            FontStyle.Bold => XFontStyleEx.Bold,
            FontStyle.Italic => XFontStyleEx.Italic,
            FontStyle.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        return _fonts[(size, style)] = new XFont(LetterFonts.Family, size, ex, Embedded);
    }

    public double Width(string text, double size, FontStyle style) =>
        text.Length == 0 ? 0 : _graphics.MeasureString(text, Font(size, style)).Width;

    /// <summary>Single line spacing of the font (ascent + descent + gap), like Word's "single".</summary>
    public double LineHeight(double size, FontStyle style) => Font(size, style).GetHeight();

    /// <summary>Same number of lines as a plain wrap, but as even as possible: "SỞ THÔNG TIN / VÀ TRUYỀN
    /// THÔNG" rather than "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG".</summary>
    public IReadOnlyList<TextLine> WrapBalanced(string text, double size, FontStyle style, double width)
    {
        var lines = Wrap(text, size, style, width, width);
        if (lines.Count < 2) return lines;
        double low = lines.Max(l => l.NaturalWidth) / lines.Count, high = width;
        while (high - low > 0.5)
        {
            var mid = (low + high) / 2;
            if (Wrap(text, size, style, mid, mid).Count <= lines.Count) high = mid; else low = mid;
        }
        return KeepConnectorsWithNext(Wrap(text, size, style, high, high), size, style, width);
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "VÀ", "CỦA", "VỀ", "&" };

    /// <summary>Agency names break before "và", not after: "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG".</summary>
    private List<TextLine> KeepConnectorsWithNext(IReadOnlyList<TextLine> lines, double size, FontStyle style, double width)
    {
        var texts = lines.Select(l => l.Words.ToList()).ToList();
        for (var i = 0; i < texts.Count - 1; i++)
        {
            if (texts[i].Count < 2 || !Connectors.Contains(texts[i][^1])) continue;
            var moved = new List<string> { texts[i][^1] };
            moved.AddRange(texts[i + 1]);
            if (Width(string.Join(' ', moved), size, style) > width) continue;
            texts[i].RemoveAt(texts[i].Count - 1);
            texts[i + 1] = moved;
        }
        return texts.Select((words, i) => Wrap(string.Join(' ', words), size, style, width, width)[0] with { IsLast = i == texts.Count - 1 }).ToList();
    }

    public IReadOnlyList<TextLine> Wrap(string text, double size, FontStyle style, double firstWidth, double width) =>
        LineBreaker.Wrap(text, s => Width(s, size, style), Width(" ", size, style), firstWidth, width);
}
