using DocumentFormat.OpenXml.Wordprocessing;
using static ThongSuot.Documents.Docx.DocxParts;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Docx;

/// <summary>Kính gửi (spec §4): one addressee on the label's line; several as a dash list whose dashes sit
/// under the label's colon, the whole block centred on the page.</summary>
internal static class DocxAddressees
{
    private const double Size = 14;
    private const double GapAbove = 12;

    public static IEnumerable<Paragraph> Build(LetterContent c, TextMeasure measure)
    {
        if (c.SingleRecipient)
        {
            yield return Para($"{LetterFormat.AddresseesLabel} {c.Recipients[0]}", Size, FontStyle.Regular,
                JustificationValues.Center, before: GapAbove, after: G.ParagraphGap);
            yield break;
        }

        var block = AddresseeBlock.Measure(c, measure);
        yield return Para(LetterFormat.AddresseesLabel, Size, FontStyle.Regular, JustificationValues.Left, before: GapAbove,
            indent: new Indentation { Left = TwipsText(block.Left) });

        for (var i = 0; i < c.Recipients.Count; i++)
        {
            var last = i == c.Recipients.Count - 1;
            yield return Para(c.Recipients[i], Size, FontStyle.Regular, JustificationValues.Left, after: last ? G.ParagraphGap : 0,
                indent: new Indentation { Left = TwipsText(block.DashX + block.DashWidth), Hanging = TwipsText(block.DashWidth) });
        }
    }
}

/// <summary>Where the Kính gửi list sits, in points from the left margin; shared with the PDF.</summary>
internal sealed record AddresseeBlock(double Left, double DashX, double DashWidth)
{
    public static AddresseeBlock Measure(LetterContent c, TextMeasure measure)
    {
        var widest = c.Recipients.Max(r => measure.Width(r, 14, FontStyle.Regular));
        var blockWidth = Math.Min(G.TextWidth, Math.Max(measure.Width(LetterFormat.AddresseesLabel, 14, FontStyle.Regular),
            G.AddresseeDashOffset + widest));
        var left = (G.TextWidth - blockWidth) / 2;
        return new AddresseeBlock(left, left + G.AddresseeDashOffset, measure.Width("- ", 14, FontStyle.Regular));
    }
}
