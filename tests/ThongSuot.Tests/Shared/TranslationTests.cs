using System.Text.RegularExpressions;
using System.Xml.Linq;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Shared;

/// <summary>Vietnamese first, English second: every text a page localises has an English entry.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void EveryLocalisedTextHasAnEnglishTranslation()
    {
        var src = RepoFiles.Path("src", "ThongSuot");
        var english = Directory.EnumerateFiles(src, "*.en.resx", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .ToHashSet();
        Assert.NotEmpty(english);

        var missing = Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.cshtml.cs", SearchOption.AllDirectories))
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file))
                .Select(m => (File: System.IO.Path.GetRelativePath(src, file), Key: m.Groups[1].Value.Replace("\\\"", "\""))))
            .Where(x => !english.Contains(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "No English entry for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NoResourceFileHasTwoKeysThatDifferOnlyInCase()
    {
        // The resource compiler drops the second of "Sự cố" and "sự cố" with a mere warning; one of them then shows the other's English.
        var clashes = Directory.EnumerateFiles(RepoFiles.Path("src", "ThongSuot"), "*.resx", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
                .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{System.IO.Path.GetFileName(f)}: {string.Join(" / ", g)}"))
            .ToList();
        Assert.True(clashes.Count == 0, "Keys that differ only in case:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void EveryValidationMessageHasAnEnglishTranslationInTheSharedTexts()
    {
        // DataAnnotations messages are localised through SharedText (see WebSetup).
        var src = RepoFiles.Path("src", "ThongSuot");
        var shared = XDocument.Load(System.IO.Path.Combine(src, "Shared", "SharedText.en.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
        var missing = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"))
            .SelectMany(f => ValidationMessage().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !shared.Contains(k)).Distinct().ToList();
        Assert.True(missing.Count == 0, "No English entry in SharedText.en.resx for:\n" + string.Join("\n", missing));
    }

    [GeneratedRegex("ErrorMessage = \"([^\"]+)\"")]
    private static partial Regex ValidationMessage();

    [GeneratedRegex("""\b[TLt]\["((?:[^"\\]|\\.)+)"\]""")]
    private static partial Regex LocalizerKey();
}
