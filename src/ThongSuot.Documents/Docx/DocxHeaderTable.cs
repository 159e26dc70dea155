using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ThongSuot.Documents.Docx.DocxParts;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Docx;

/// <summary>Header grid of spec §6: agency block | Quốc hiệu and Tiêu ngữ; Số and V/v | place and date.
/// Two rows keep Số and the date on one line even when the agency name wraps.</summary>
internal static class DocxHeaderTable
{
    public static Table Build(LetterContent c, TextMeasure measure)
    {
        var leftText = G.LeftColumn - 2 * G.CellPadding;
        var rightText = G.RightColumn - 2 * G.CellPadding;
        var center = JustificationValues.Center;

        var agencyLines = measure.WrapBalanced(c.IssuingAgency, 12, FontStyle.Bold, leftText);
        var agencyRule = agencyLines.Max(l => l.NaturalWidth) * G.AgencyRuleShare;
        var mottoRule = measure.Width(LetterFormat.Motto, 13, FontStyle.Bold);

        var table = BorderlessTable(G.LeftColumn, G.RightColumn);
        table.Append(new TableRow(
            Cell(G.LeftColumn, [
                Para(c.ParentAgency, 12, FontStyle.Regular, center),
                Para(string.Join('\n', agencyLines.Select(l => l.Text)), 12, FontStyle.Bold, center),
                Rule(leftText, agencyRule, before: 1),
            ]),
            Cell(G.RightColumn, [
                Para(LetterFormat.NationalName, 12, FontStyle.Bold, center),
                Para(LetterFormat.Motto, 13, FontStyle.Bold, center),
                Rule(rightText, mottoRule, before: 1),
            ])));

        var left = new List<OpenXmlElement>
        {
            Para(c.NumberLine, 13, FontStyle.Regular, center, before: 6),
            Para(c.SubjectLine, 12, FontStyle.Regular, center, before: 6),
        };
        if (c.Urgency != LetterUrgency.None) left.Add(UrgencyBox(c.Urgency, leftText));
        table.Append(new TableRow(
            Cell(G.LeftColumn, left),
            Cell(G.RightColumn, [Para(c.DateLine, 13, FontStyle.Italic, center, before: 6)])));
        return table;
    }

    /// <summary>Red boxed stamp (20/30/40 × 8 mm) under Số: a bordered paragraph narrowed to the box.</summary>
    private static Paragraph UrgencyBox(LetterUrgency urgency, double cellTextWidth)
    {
        const string red = "FF0000";
        var side = Math.Max(0, (cellTextWidth - G.Mm(LetterFormat.UrgencyBoxWidthMm(urgency))) / 2);
        var border = () => new OpenXmlElement[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = red },
            new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = red },
            new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = red },
            new RightBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = red },
        };
        return Para(LetterFormat.UrgencyText(urgency), 13, FontStyle.Bold, JustificationValues.Center, before: 8, color: red,
            indent: new Indentation { Left = TwipsText(side), Right = TwipsText(side) }, borders: new ParagraphBorders(border()));
    }
}
