using System.Text;
using ThongSuot.Documents.Docx;
using ThongSuot.Documents.Pdf;

namespace ThongSuot.Features.Directives;

/// <summary>The letter as .docx or .pdf; a draft prints unnumbered with today's date.</summary>
public static class DirectiveDocuments
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfType = "application/pdf";
    private const string Gap = "…";

    public static byte[] Docx(Directive d, DateOnly today) => Render(d, today, DocxLetterWriter.Write);

    public static byte[] Pdf(Directive d, DateOnly today) => Render(d, today, PdfLetterWriter.Write);

    /// <summary>"cong-van-1062-SKHCN-BCVT.docx"; a draft is "cong-van-du-thao-SKHCN-BCVT.docx".</summary>
    public static string FileName(Directive d, string extension)
    {
        var symbol = new StringBuilder();
        foreach (var c in d.Symbol.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) symbol.Append(c);
            else if (c == 'Đ' || c == 'đ') symbol.Append(c == 'Đ' ? 'D' : 'd');
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && symbol.Length > 0 && symbol[^1] != '-') symbol.Append('-');
        }
        var number = d.Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "du-thao";
        return $"cong-van-{number}-{symbol.ToString().Trim('-')}.{extension}";
    }

    private static byte[] Render(Directive d, DateOnly today, Action<Documents.OfficialLetter, Stream> write)
    {
        var letter = Printable(DirectiveLetter.Build(d, today));
        using var stream = new MemoryStream();
        write(letter, stream);
        return stream.ToArray();
    }

    /// <summary>The letter with gaps filled so an unfinished draft still prints.</summary>
    public static Documents.OfficialLetter Printable(Documents.OfficialLetter letter)
    {
        // A draft may still lack addressees or a signer; it prints with a gap to fill instead of failing.
        if (letter.Recipients.Count == 0) letter = letter with { Recipients = [Gap] };
        if (string.IsNullOrWhiteSpace(letter.Signature.SignerName)) letter = letter with { Signature = letter.Signature with { SignerName = Gap } };
        if (letter.Body.All(b => string.IsNullOrWhiteSpace(b.Text)) && letter.Contacts.All(string.IsNullOrWhiteSpace))
            letter = letter with { Body = [new Documents.LetterParagraph(Gap)] };
        return letter;
    }
}
