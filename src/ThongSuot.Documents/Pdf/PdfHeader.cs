using PdfSharp.Drawing;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Pdf;

/// <summary>The two-row header grid of spec §6, drawn on page 1 exactly as the .docx table lays it out.</summary>
internal static class PdfHeader
{
    private const double RuleGap = 3.5;

    public static void Draw(PdfFlow flow, LetterContent c)
    {
        var leftX = G.MarginLeft + G.CellPadding;
        var leftW = G.LeftColumn - 2 * G.CellPadding;
        var rightX = G.MarginLeft + G.LeftColumn + G.CellPadding;
        var rightW = G.RightColumn - 2 * G.CellPadding;
        var top = flow.Y;

        // Row 1, left: parent agency, issuing agency and a rule of 40 % of its longest line.
        flow.Draw(new PdfPara(c.ParentAgency, 12, FontStyle.Regular, Align.Center, leftX, leftW), paginate: false);
        var agency = flow.Measure.WrapBalanced(c.IssuingAgency, 12, FontStyle.Bold, leftW);
        foreach (var line in agency)
            flow.Draw(new PdfPara(line.Text, 12, FontStyle.Bold, Align.Center, leftX, leftW), paginate: false);
        var agencyRule = agency.Max(l => l.NaturalWidth) * G.AgencyRuleShare;
        flow.Rule(leftX + (leftW - agencyRule) / 2, agencyRule, flow.Y + RuleGap);
        var leftBottom = flow.Y + RuleGap;

        // Row 1, right: Quốc hiệu, Tiêu ngữ and a rule exactly as long as the Tiêu ngữ.
        flow.Y = top;
        flow.Draw(new PdfPara(LetterFormat.NationalName, 12, FontStyle.Bold, Align.Center, rightX, rightW), paginate: false);
        flow.Draw(new PdfPara(LetterFormat.Motto, 13, FontStyle.Bold, Align.Center, rightX, rightW), paginate: false);
        var motto = flow.Measure.Width(LetterFormat.Motto, 13, FontStyle.Bold);
        flow.Rule(rightX + (rightW - motto) / 2, motto, flow.Y + RuleGap);
        var row2 = Math.Max(leftBottom, flow.Y + RuleGap);

        // Row 2: Số and the date share a line; V/v (and an urgency stamp) go under Số.
        flow.Y = row2;
        flow.Draw(new PdfPara(c.NumberLine, 13, FontStyle.Regular, Align.Center, leftX, leftW, Before: 6), paginate: false);
        flow.Draw(new PdfPara(c.SubjectLine, 12, FontStyle.Regular, Align.Center, leftX, leftW, Before: 6), paginate: false);
        if (c.Urgency != LetterUrgency.None) DrawUrgency(flow, c.Urgency, leftX, leftW);
        var bottom = flow.Y;

        flow.Y = row2;
        flow.Draw(new PdfPara(c.DateLine, 13, FontStyle.Italic, Align.Center, rightX, rightW, Before: 6), paginate: false);
        flow.Y = Math.Max(bottom, flow.Y);
    }

    private static void DrawUrgency(PdfFlow flow, LetterUrgency urgency, double x, double width)
    {
        var boxWidth = G.Mm(LetterFormat.UrgencyBoxWidthMm(urgency));
        var boxHeight = G.Mm(8);
        var boxX = x + (width - boxWidth) / 2;
        var boxY = flow.Y + 8;
        var text = LetterFormat.UrgencyText(urgency);
        var font = flow.Measure.Font(13, FontStyle.Bold);
        flow.Graphics.DrawRectangle(new XPen(XColors.Red, 1.5), boxX, boxY, boxWidth, boxHeight);
        var textX = boxX + (boxWidth - flow.Measure.Width(text, 13, FontStyle.Bold)) / 2;
        var baseline = boxY + (boxHeight + PdfFlow.Ascent(font) * 0.75) / 2;
        flow.Graphics.DrawString(text, font, XBrushes.Red, textX, baseline, XStringFormats.BaseLineLeft);
        flow.Y = boxY + boxHeight;
    }
}
