using System.Globalization;

namespace ThongSuot.Bench;

/// <summary>
/// Where "--write BENCHMARKS.md" goes: `dotnet run --project` starts the bench in its own folder, so a relative path is
/// taken from the repository's root (the folder holding ThongSuot.slnx), where the README says BENCHMARKS.md is.
/// </summary>
public static class BenchFiles
{
    public static string? OutputPath(string[] args)
    {
        var path = args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault();
        if (path is null || Path.IsPathRooted(path)) return path;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThongSuot.slnx"))) return Path.Combine(dir.FullName, path);
        return Path.GetFullPath(path);
    }

    /// <summary>Replaces a benchmark's section of the file (between its two markers), or appends it; the rest stays as it is.</summary>
    public static void WriteSection(string path, string name, string section)
    {
        string start = $"<!-- bench:{name} -->", end = $"<!-- /bench:{name} -->";
        var text = File.Exists(path) ? File.ReadAllText(path) : "";
        var block = $"{start}\n{section}{end}\n";
        var a = text.IndexOf(start, StringComparison.Ordinal);
        var b = text.IndexOf(end, StringComparison.Ordinal);
        text = a >= 0 && b > a ? text[..a] + block + text[(b + end.Length)..].TrimStart('\n') : text.TrimEnd() + "\n\n" + block;
        File.WriteAllText(path, text);
    }

    /// <summary>A positive whole-number option ("--runs 200"), or the fallback.</summary>
    public static int Option(string[] args, string name, int fallback) =>
        int.TryParse(args.SkipWhile(a => a != name).Skip(1).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>The nearest-rank percentile (p from 0 to 1).</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
