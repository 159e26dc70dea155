using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ThongSuot.Documents.Docx;
using ThongSuot.Documents.Pdf;

namespace ThongSuot.Documents.Tests;

/// <summary>Renders letters into bin/rendered (kept so a person can look at them) and runs poppler.</summary>
internal static partial class Rendering
{
    public static readonly string Folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "rendered")).FullName;

    public static WordprocessingDocument OpenDocx(OfficialLetter letter, string name)
    {
        var path = Path.Combine(Folder, name + ".docx");
        using (var file = File.Create(path)) DocxLetterWriter.Write(letter, file);
        return WordprocessingDocument.Open(path, false);
    }

    public static string WritePdf(OfficialLetter letter, string name)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        using (var file = File.Create(path)) PdfLetterWriter.Write(letter, file);
        return path;
    }

    /// <summary>pdftotext -layout, one string per page.</summary>
    public static IReadOnlyList<string> PdfPages(string pdf) =>
        Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").TrimEnd('\f', '\n').Split('\f');

    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException(tool); }
        Assert.True(process.ExitCode == 0, $"{tool} failed: {stderr.Result}");
        return stdout;
    }

    /// <summary>NFC, all whitespace runs (line breaks, justification gaps) as one space.</summary>
    public static string Flat(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    /// <summary>Sentences of a task, split after a full stop, so a page break inside one is still found.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(Flat(text)).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
