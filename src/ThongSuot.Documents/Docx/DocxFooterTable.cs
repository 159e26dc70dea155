using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ThongSuot.Documents.Docx.DocxParts;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Docx;

/// <summary>Nơi nhận | signature block, one row that Word may not split across pages.</summary>
internal static class DocxFooterTable
{
    private const double GapAbove = 12;

    public static Table Build(LetterContent c)
    {
        var left = new List<OpenXmlElement>
        {
            Para(LetterFormat.DistributionHeading, 12, FontStyle.BoldItalic, JustificationValues.Left, before: GapAbove),
        };
        left.AddRange(c.Distribution.Select(line => Para(line, 11, FontStyle.Regular, JustificationValues.Left)));
        if (c.DrafterCode is { } code) left.Add(Para(code, 11, FontStyle.Regular, JustificationValues.Left, before: 3));

        var right = new List<OpenXmlElement>();
        for (var i = 0; i < c.SignatureTitles.Count; i++)
        {
            right.Add(Para(c.SignatureTitles[i], 14, FontStyle.Bold, JustificationValues.Center,
                before: i == 0 ? GapAbove : 0,
                after: i == c.SignatureTitles.Count - 1 ? G.SignatureSpace : 0));
        }
        right.Add(Para(c.SignerName, 14, FontStyle.Bold, JustificationValues.Center));

        var table = BorderlessTable(G.LeftColumn, G.RightColumn);
        table.Append(new TableRow(
            new TableRowProperties(new CantSplit()),
            Cell(G.LeftColumn, left),
            Cell(G.RightColumn, right)));
        return table;
    }
}
