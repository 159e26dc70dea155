using System.Diagnostics;
using System.Net;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Nodes;

/// <summary>
/// Debian's nginx in front of the two nodes, run as the test's own user from a temp folder, with the configuration of
/// docs/nginx/thongsuot.conf (the documented one): only the node addresses and the listen line are replaced. The test's
/// main file adds one header, X-Upstream, naming the node that answered.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    public const string UpstreamHeader = "X-Upstream";
    private readonly OwnedProcess process;

    private NginxProxy(OwnedProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static async Task<NginxProxy> StartAsync(string folder, AppNode a, AppNode b)
    {
        var port = OwnedProcess.FreePort();
        var site = File.ReadAllText(RepoFiles.Path("docs", "nginx", "thongsuot.conf"));
        site = Replace(site, "127.0.0.1:5001", a.Address);
        site = Replace(site, "127.0.0.1:5002", b.Address);
        site = Replace(site, "listen 80;", $"listen 127.0.0.1:{port};");
        File.WriteAllText(Path.Combine(folder, "thongsuot.conf"), site);
        // Run as root (as test.sh may be), nginx's workers run as nobody: they must reach the folder and write its temp folders.
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The two-node tests run Debian's nginx.");
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
            File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(folder, temp)).FullName, (UnixFileMode)0b111_111_111);
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            error_log {{folder}}/error.log warn;
            pid {{folder}}/nginx.pid;
            events { worker_connections 1024; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                add_header {{UpstreamHeader}} $upstream_addr always;
                include {{folder}}/thongsuot.conf;
            }
            """);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { WorkingDirectory = folder };
        foreach (var arg in new[] { "-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
            start.ArgumentList.Add(arg);
        var nginx = new NginxProxy(OwnedProcess.Start("nginx", start), port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await nginx.process.WaitUntilAsync(async () => (await http.GetAsync(new Uri(nginx.BaseAddress, "/health/ready"))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20), "proxying /health/ready");
        return nginx;
    }

    /// <summary>The node that answered, from the X-Upstream header (the last one nginx tried).</summary>
    public static string? Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues(UpstreamHeader, out var values) ? values.Single().Split(',').Last().Trim() : null;

    private static string Replace(string text, string what, string with) =>
        text.Contains(what, StringComparison.Ordinal) ? text.Replace(what, with, StringComparison.Ordinal)
            : throw new InvalidOperationException($"docs/nginx/thongsuot.conf no longer holds \"{what}\"; the two-node tests replace it.");

    public void Dispose() => process.Dispose();
}
