using System.Diagnostics;
using System.Text.Json;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Duty;

/// <summary>
/// The second, independent parser: ical.js (vendored in vendor/, MPL-2.0) run by the machine's node. test.sh installs
/// Debian's nodejs when node is missing.
/// </summary>
public static class IcalJs
{
    public sealed record Event(string Uid, string Summary, string? Description, string? Location, DateTime Start, DateTime End, string? Tzid);
    public sealed record Calendar(string? Name, IReadOnlyList<Event> Events);

    public static async Task<Calendar> ParseAsync(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"thongsuot-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics, new System.Text.UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("NODE_PATH_BIN") ?? "node")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.ArgumentList.Add(RepoFiles.Path("tests", "ThongSuot.Tests", "Duty", "vendor", "parse-ics.mjs"));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"ical.js failed: {await error}");
            return JsonSerializer.Deserialize<Calendar>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Our own reading: unfold continuation lines, split name;params:value. Checks CRLF and the 75-octet limit on the way.</summary>
    public static List<(string Name, string Value)> Unfold(string ics)
    {
        Assert.EndsWith("\r\n", ics);
        var physical = ics[..^2].Split("\r\n");
        Assert.All(physical, l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, $"Line longer than 75 octets: {l}"));
        Assert.DoesNotContain(physical, l => l.Contains('\n') || l.Contains('\r'));
        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ')) logical[^1] += line[1..];
            else logical.Add(line);
        }
        return logical.Select(l => { var i = l.IndexOf(':'); return (l[..i], l[(i + 1)..]); }).ToList();
    }
}
