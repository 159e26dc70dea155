using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ThongSuot.Documents.Docx;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Pdf;

/// <summary>Writes an <see cref="OfficialLetter"/> as a PDF in the Decree 30/2020/NĐ-CP layout, with
/// Liberation Serif (Times New Roman metrics) embedded.</summary>
public static class PdfLetterWriter
{
    public static void Write(OfficialLetter letter, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = LetterContent.From(letter);
        var measure = new TextMeasure();

        using var document = new PdfDocument();
        document.Info.Title = content.SubjectLine;
        document.Info.Author = content.IssuingAgency;
        using (var flow = new PdfFlow(document, measure))
        {
            flow.NewPage();
            PdfHeader.Draw(flow, content);
            DrawAddressees(flow, content);
            foreach (var line in content.Body)
            {
                var style = line.Kind == BodyKind.Heading ? FontStyle.Bold : FontStyle.Regular;
                flow.Draw(new PdfPara(line.Text, 14, style, Align.Justify, G.MarginLeft, G.TextWidth,
                    FirstIndent: G.FirstLineIndent, After: G.ParagraphGap, Spacing: G.BodyLineSpacing));
            }
            PdfFooter.Draw(flow, content);
        }
        document.Save(output, false);
    }

    private static void DrawAddressees(PdfFlow flow, LetterContent c)
    {
        const double gapAbove = 12;
        if (c.SingleRecipient)
        {
            flow.Draw(new PdfPara($"{LetterFormat.AddresseesLabel} {c.Recipients[0]}", 14, FontStyle.Regular,
                Align.Center, G.MarginLeft, G.TextWidth, Before: gapAbove, After: G.ParagraphGap));
            return;
        }
        var block = AddresseeBlock.Measure(c, flow.Measure);
        flow.Draw(new PdfPara(LetterFormat.AddresseesLabel, 14, FontStyle.Regular, Align.Left,
            G.MarginLeft + block.Left, G.TextWidth - block.Left, Before: gapAbove));
        for (var i = 0; i < c.Recipients.Count; i++)
        {
            flow.Draw(new PdfPara(c.Recipients[i], 14, FontStyle.Regular, Align.Left,
                G.MarginLeft + block.DashX, G.TextWidth - block.DashX, HangingIndent: block.DashWidth,
                After: i == c.Recipients.Count - 1 ? G.ParagraphGap : 0));
        }
    }
}
