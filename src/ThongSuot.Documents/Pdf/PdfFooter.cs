using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Pdf;

/// <summary>Nơi nhận | signature block. Kept together: if it does not fit under the body it starts the
/// next page, like the .docx row that may not split.</summary>
internal static class PdfFooter
{
    private const double GapAbove = 12;

    public static void Draw(PdfFlow flow, LetterContent c)
    {
        var leftX = G.MarginLeft + G.CellPadding;
        var leftW = G.LeftColumn - 2 * G.CellPadding;
        var rightX = G.MarginLeft + G.LeftColumn + G.CellPadding;
        var rightW = G.RightColumn - 2 * G.CellPadding;

        var left = new List<PdfPara> { new(LetterFormat.DistributionHeading, 12, FontStyle.BoldItalic, Align.Left, leftX, leftW, Before: GapAbove) };
        left.AddRange(c.Distribution.Select(line => new PdfPara(line, 11, FontStyle.Regular, Align.Left, leftX, leftW)));
        if (c.DrafterCode is { } code) left.Add(new PdfPara(code, 11, FontStyle.Regular, Align.Left, leftX, leftW, Before: 3));

        var right = c.SignatureTitles.Select((title, i) => new PdfPara(title, 14, FontStyle.Bold, Align.Center, rightX, rightW,
            Before: i == 0 ? GapAbove : 0, After: i == c.SignatureTitles.Count - 1 ? G.SignatureSpace : 0)).ToList();
        right.Add(new PdfPara(c.SignerName, 14, FontStyle.Bold, Align.Center, rightX, rightW));

        var height = Math.Max(left.Sum(flow.Height), right.Sum(flow.Height));
        if (flow.Y + height > PdfFlow.Bottom && flow.Y > G.MarginTop) flow.NewPage();

        var top = flow.Y;
        foreach (var p in right) flow.Draw(p, paginate: false);
        var rightBottom = flow.Y;
        var page = flow.PageNumber;

        // A list taller than a page may still run on; the signature block itself never splits.
        flow.Y = top;
        foreach (var p in left) flow.Draw(p);
        if (flow.PageNumber == page) flow.Y = Math.Max(flow.Y, rightBottom);
    }
}
