using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThongSuot.Tests.Nodes;

/// <summary>
/// A server process the two-node tests start (an app node, redis-server, nginx): its output kept for the failure message,
/// killed with SIGKILL on request and when the test run ends, however it ends.
/// </summary>
public sealed class OwnedProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private OwnedProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill();
    }

    public string Name { get; }
    public bool HasExited => process.HasExited;
    public int Id => process.Id;

    /// <summary>The local TCP ports of the process's open sockets (Linux: its fds' socket inodes, found in /proc/net/tcp).</summary>
    public HashSet<int> LocalPorts()
    {
        var inodes = new HashSet<string>();
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{process.Id}/fd"))
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal)) inodes.Add(target[8..^1]);
        }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
        var ports = new HashSet<int>();
        foreach (var table in new[] { "tcp", "tcp6" })
            foreach (var line in File.ReadLines($"/proc/{process.Id}/net/{table}").Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && inodes.Contains(columns[9]))
                    ports.Add(int.Parse(columns[1][(columns[1].LastIndexOf(':') + 1)..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
            }
        return ports;
    }

    public static OwnedProcess Start(string name, ProcessStartInfo start)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start };
        var owned = new OwnedProcess(name, process);
        process.OutputDataReceived += (_, e) => owned.Append(e.Data);
        process.ErrorDataReceived += (_, e) => owned.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return owned;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    /// <summary>What the process wrote so far (its last 6,000 characters), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.Length <= 6000 ? output.ToString() : output.ToString(output.Length - 6000, 6000);
        }
    }

    /// <summary>Whether the process wrote a line containing <paramref name="text"/>.</summary>
    public bool Wrote(string text)
    {
        lock (output) return output.ToString().Contains(text, StringComparison.Ordinal);
    }

    /// <summary>SIGKILL, as a power cut or the OOM killer would end it: no shutdown code runs.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { } // never started, or already reaped
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="ready"/> until it holds, failing at once if the process died, or after <paramref name="within"/>.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited ({process.ExitCode}) before {what}:\n{Output}");
            try { if (await ready()) return; }
            catch (HttpRequestException) { }
            catch (SocketException) { }
            catch (IOException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name}: not {what} within {within.TotalSeconds} s:\n{Output}");
            await Task.Delay(50);
        }
    }
}
