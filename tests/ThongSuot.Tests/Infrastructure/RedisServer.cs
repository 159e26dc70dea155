using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>
/// Debian's redis-server (test.sh installs it) on a free loopback port, in a temp folder, with nothing persisted; stopped
/// and started again on the same port when a test needs Redis gone for a while.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "thongsuot-redis", Guid.NewGuid().ToString("N"));
    private Process? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The value for <c>ConnectionStrings:Redis</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        Directory.CreateDirectory(server.folder);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitAsync(() => AnswersPing(), "answer PING");
    }

    public async Task StopAsync()
    {
        if (process is null) return;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
        await WaitAsync(() => !AnswersPing(), "stop listening");
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[7];
            return stream.Read(buffer) > 0 && buffer.AsSpan().StartsWith("+PONG"u8);
        }
        catch (SocketException) { return false; }
        catch (IOException) { return false; }
    }

    private async Task WaitAsync(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"redis-server on port {Port} did not {what} within 15 s.");
            if (process is { HasExited: true }) throw new InvalidOperationException($"redis-server on port {Port} exited with {process.ExitCode}.");
            await Task.Delay(20);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }
}
