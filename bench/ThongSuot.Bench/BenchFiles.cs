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
}
