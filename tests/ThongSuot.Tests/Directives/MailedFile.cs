using System.Diagnostics;
using MimeKit;

namespace ThongSuot.Tests.Directives;

/// <summary>The attachments of a received mail as a mail reader shows them, and a PDF's text as pdftotext reads it.</summary>
public sealed record MailedFile(string FileName, string ContentType, byte[] Content)
{
    public static List<MailedFile> In(string rawMail)
    {
        using var mime = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(rawMail)));
        return mime.Attachments.OfType<MimePart>().Select(p =>
        {
            using var bytes = new MemoryStream();
            p.Content!.DecodeTo(bytes);
            return new MailedFile(p.FileName ?? "", p.ContentType.MimeType, bytes.ToArray());
        }).ToList();
    }

    /// <summary>The text on one line, so a wrapped title still matches.</summary>
    public string PdfText()
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, Content);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        }
        finally { File.Delete(file); }
    }
}
