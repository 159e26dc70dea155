using PdfSharp.Drawing;
using PdfSharp.Pdf;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Pdf;

internal enum Align { Left, Center, Justify }

/// <summary>A paragraph placed in a column: x and width in points from the page's left edge.</summary>
internal sealed record PdfPara(
    string Text, double Size, FontStyle Style, Align Align, double X, double Width,
    double FirstIndent = 0, double HangingIndent = 0, double Before = 0, double After = 0, double Spacing = 1);

/// <summary>The PDF's small layout engine: wraps and justifies paragraphs, moves to a new page when a
/// line does not fit, and numbers pages from 2 in the top margin.</summary>
internal sealed class PdfFlow(PdfDocument document, TextMeasure measure) : IDisposable
{
    private XGraphics? _graphics;

    public double Y { get; set; }

    public int PageNumber { get; private set; }

    public static double Bottom => G.PageHeight - G.MarginBottom;

    public static double UsableHeight => Bottom - G.MarginTop;

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public TextMeasure Measure => measure;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        PageNumber++;
        Y = G.MarginTop;
        if (PageNumber > 1)
        {
            var number = PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var font = measure.Font(14, FontStyle.Regular);
            var x = G.MarginLeft + (G.TextWidth - measure.Width(number, 14, FontStyle.Regular)) / 2;
            Graphics.DrawString(number, font, XBrushes.Black, x, G.HeaderDistance + Ascent(font), XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>Height a paragraph takes, without drawing it.</summary>
    public double Height(PdfPara p) => p.Before + Lines(p).Count * LineHeight(p) + p.After;

    /// <summary>Draws at <see cref="Y"/> and advances it; with <paramref name="paginate"/> a line that
    /// would cross the bottom margin starts a new page.</summary>
    public void Draw(PdfPara p, bool paginate = true)
    {
        var font = measure.Font(p.Size, p.Style);
        var height = LineHeight(p);
        Y += p.Before;
        var lines = Lines(p);
        for (var i = 0; i < lines.Count; i++)
        {
            if (paginate && Y + height > Bottom + 0.01) NewPage();
            var indent = i == 0 ? p.FirstIndent : p.HangingIndent;
            DrawLine(lines[i], font, p.X + indent, p.Width - indent, p.Align, Y + Ascent(font));
            Y += height;
        }
        Y += p.After;
    }

    public void Rule(double x, double width, double y, double thickness = 0.75, XColor? color = null) =>
        Graphics.DrawLine(new XPen(color ?? XColors.Black, thickness), x, y, x + width, y);

    public static double Ascent(XFont font) => font.Metrics.Ascent * font.Size / font.Metrics.UnitsPerEm;

    private double LineHeight(PdfPara p) => measure.LineHeight(p.Size, p.Style) * p.Spacing;

    private IReadOnlyList<TextLine> Lines(PdfPara p) =>
        measure.Wrap(p.Text, p.Size, p.Style, p.Width - p.FirstIndent, p.Width - p.HangingIndent);

    private void DrawLine(TextLine line, XFont font, double x, double width, Align align, double baseline)
    {
        if (line.Words.Count == 0) return;
        if (align == Align.Justify && !line.IsLast && line.Words.Count > 1)
        {
            var gap = (width - line.Widths.Sum()) / (line.Words.Count - 1);
            for (var i = 0; i < line.Words.Count; i++)
            {
                Graphics.DrawString(line.Words[i], font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
                x += line.Widths[i] + gap;
            }
            return;
        }
        if (align == Align.Center) x += (width - line.NaturalWidth) / 2;
        Graphics.DrawString(line.Text, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
    }

    public void Dispose() => _graphics?.Dispose();
}
