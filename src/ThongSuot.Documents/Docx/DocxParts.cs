using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThongSuot.Documents.Docx;

/// <summary>Paragraph, run, rule and table builders in the units Word stores (twips, half-points).</summary>
internal static class DocxParts
{
    public const string FontName = "Times New Roman";

    public static int Twips(double points) => (int)Math.Round(points * 20);

    public static string TwipsText(double points) => Twips(points).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Run Run(string text, double size, FontStyle style = FontStyle.Regular, string? color = null) =>
        new(RunProps(size, style, color), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Run properties in schema order (fonts, b, i, color, sz, szCs).</summary>
    public static RunProperties RunProps(double size, FontStyle style, string? color = null) =>
        new(RunChildren(size, style, color));

    private static IEnumerable<OpenXmlElement> RunChildren(double size, FontStyle style, string? color)
    {
        yield return new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName };
        if (style is FontStyle.Bold or FontStyle.BoldItalic) yield return new Bold();
        if (style is FontStyle.Italic or FontStyle.BoldItalic) yield return new Italic();
        if (color is not null) yield return new Color { Val = color };
        yield return new FontSize { Val = HalfPoints(size) };
        yield return new FontSizeComplexScript { Val = HalfPoints(size) };
    }

    /// <summary>A one-run paragraph. Spacing in points; line is a multiple of single spacing; "\n" in
    /// the text is a forced line break (the space before it stays, so the text reads as one line).</summary>
    public static Paragraph Para(
        string text, double size, FontStyle style, JustificationValues align,
        double before = 0, double after = 0, double line = 1, string? color = null,
        Indentation? indent = null, ParagraphBorders? borders = null)
    {
        var props = new ParagraphProperties();
        if (borders is not null) props.Append(borders);
        props.Append(Spacing(before, after, line));
        if (indent is not null) props.Append(indent);
        props.Append(new Justification { Val = align }, new ParagraphMarkRunProperties(RunChildren(size, style, color)));

        var run = new Run(RunProps(size, style, color));
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(i < parts.Length - 1 ? parts[i] + " " : parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(props, run);
    }

    public static SpacingBetweenLines Spacing(double before, double after, double line) => new()
    {
        Before = TwipsText(before),
        After = TwipsText(after),
        Line = ((int)Math.Round(line * 240)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Auto,
    };

    /// <summary>A solid rule of the given width centred in a cell: an empty paragraph whose bottom border
    /// is narrowed by equal side indents, as the spec suggests.</summary>
    public static Paragraph Rule(double cellTextWidth, double ruleWidth, double before = 0)
    {
        var side = Math.Max(0, (cellTextWidth - ruleWidth) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
            new SpacingBetweenLines { Before = TwipsText(before), After = "0", Line = TwipsText(3), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = TwipsText(side), Right = TwipsText(side) },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    public static Table BorderlessTable(params double[] widths)
    {
        var none = () => new OpenXmlElement[]
        {
            new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None },
        };
        return new Table(
            new TableProperties(
                new TableWidth { Width = TwipsText(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableBorders(none()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = (short)Twips(LetterGeometry.CellPadding), Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = (short)Twips(LetterGeometry.CellPadding), Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = TwipsText(w) })));
    }

    public static TableCell Cell(double width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = TwipsText(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }
}
