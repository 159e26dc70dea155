namespace ThongSuot.Tests.Infrastructure;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ThongSuot.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ThongSuot.slnx not found above " + AppContext.BaseDirectory);
    }
}
