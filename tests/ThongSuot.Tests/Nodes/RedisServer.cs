using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ThongSuot.Tests.Nodes;

/// <summary>Debian's redis-server on a free loopback port, its files in a temp folder, nothing saved to disk.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly OwnedProcess process;

    private RedisServer(OwnedProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The value of ConnectionStrings:Redis that reaches it.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string folder)
    {
        var port = OwnedProcess.FreePort();
        var start = new ProcessStartInfo(File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server") { WorkingDirectory = folder };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
                     "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes" })
            start.ArgumentList.Add(arg);
        var redis = new RedisServer(OwnedProcess.Start("redis-server", start), port);
        await redis.process.WaitUntilAsync(redis.PingsAsync, TimeSpan.FromSeconds(20), "answering PING");
        return redis;
    }

    private async Task<bool> PingsAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
    }

    public void Dispose() => process.Dispose();
}
