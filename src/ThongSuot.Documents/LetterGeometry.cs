namespace ThongSuot.Documents;

/// <summary>Page grid of spec §1 and §6 (A4, margins 20/20/30/15 mm, header 72 | 93 mm), in points.</summary>
internal static class LetterGeometry
{
    public const double PointsPerMm = 72 / 25.4;

    public static readonly double PageWidth = Mm(210);
    public static readonly double PageHeight = Mm(297);
    public static readonly double MarginTop = Mm(20);
    public static readonly double MarginBottom = Mm(20);
    public static readonly double MarginLeft = Mm(30);
    public static readonly double MarginRight = Mm(15);
    public static readonly double HeaderDistance = Mm(10);
    public static readonly double TextWidth = PageWidth - MarginLeft - MarginRight;

    public static readonly double LeftColumn = Mm(72);
    public static readonly double RightColumn = Mm(93);

    /// <summary>Word's default cell padding (0.19 cm) so both writers wrap cell text alike.</summary>
    public static readonly double CellPadding = Mm(1.905);

    public static readonly double FirstLineIndent = Mm(12.7);
    public static readonly double ParagraphGap = 6;
    public static readonly double SignatureSpace = Mm(25);

    /// <summary>Dashes of the Kính gửi list sit under the label's colon (spec §4, 14 pt).</summary>
    public static readonly double AddresseeDashOffset = Mm(18.8);

    /// <summary>Multiple of single spacing for the body: between single and 1.5 lines.</summary>
    public const double BodyLineSpacing = 1.2;

    /// <summary>The agency rule is 40 % of its longest line (decree: a third to a half).</summary>
    public const double AgencyRuleShare = 0.4;

    public static double Mm(double mm) => mm * PointsPerMm;
}
