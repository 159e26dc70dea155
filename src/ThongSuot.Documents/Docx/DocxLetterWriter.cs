using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ThongSuot.Documents.Docx.DocxParts;
using G = ThongSuot.Documents.LetterGeometry;

namespace ThongSuot.Documents.Docx;

/// <summary>Writes an <see cref="OfficialLetter"/> as a .docx in the Decree 30/2020/NĐ-CP layout.</summary>
public static class DocxLetterWriter
{
    public static void Write(OfficialLetter letter, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = LetterContent.From(letter);
        var measure = new TextMeasure();

        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        doc.PackageProperties.Title = content.SubjectLine;
        doc.PackageProperties.Creator = content.IssuingAgency;
        var main = doc.AddMainDocumentPart();
        AddStyles(main);

        var body = new Body(DocxHeaderTable.Build(content, measure));
        body.Append(DocxAddressees.Build(content, measure));
        foreach (var line in content.Body) body.Append(BodyParagraph(line));
        body.Append(DocxFooterTable.Build(content));
        // Word needs a paragraph after a table before the section properties.
        body.Append(new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact })));
        body.Append(Section(main));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph BodyParagraph(BodyLine line)
    {
        var style = line.Kind == BodyKind.Heading ? FontStyle.Bold : FontStyle.Regular;
        return Para(line.Text, 14, style, JustificationValues.Both, after: G.ParagraphGap, line: G.BodyLineSpacing,
            indent: new Indentation { FirstLine = TwipsText(G.FirstLineIndent) });
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    /// <summary>A4 with the letter's margins; page numbers centred in the top margin from page 2.</summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(RunProps(14, FontStyle.Regular), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(RunProps(14, FontStyle.Regular), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(RunProps(14, FontStyle.Regular), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(RunProps(14, FontStyle.Regular), new Text("2")),
            new Run(RunProps(14, FontStyle.Regular), new FieldChar { FieldCharType = FieldCharValues.End })));
        numbered.Header.Save();
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        first.Header.Save();

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (UInt32Value)(uint)Twips(G.PageWidth), Height = (UInt32Value)(uint)Twips(G.PageHeight), Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Twips(G.MarginTop), Bottom = Twips(G.MarginBottom),
                Left = (UInt32Value)(uint)Twips(G.MarginLeft), Right = (UInt32Value)(uint)Twips(G.MarginRight),
                Header = (UInt32Value)(uint)Twips(G.HeaderDistance), Footer = (UInt32Value)(uint)Twips(G.HeaderDistance), Gutter = 0,
            },
            new TitlePage());
    }
}
