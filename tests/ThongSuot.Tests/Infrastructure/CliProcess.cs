using System.Diagnostics;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>Runs the built executable as an operator would, <c>dotnet ThongSuot.dll VERB …</c>, pointed at a test database.</summary>
public static class CliProcess
{
    public static async Task<(int ExitCode, string StdErr, string StdOut)> RunAsync(TestDatabase database, params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in database.AppSettings()) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr, await stdout);
    }
}
