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

    [GeneratedRegex("""\b[TLt]\["((?:[^"\\]|\\.)+)"\]""")]
    private static partial Regex LocalizerKey();
}
