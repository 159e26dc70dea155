using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

public static class FakeClock
{
    /// <summary>Moves the clock forward to <paramref name="at"/>, firing the timers due on the way; a time already past is left alone.</summary>
    public static void MoveTo(this FakeTimeProvider clock, DateTimeOffset at)
    {
        if (at > clock.GetUtcNow()) clock.SetUtcNow(at);
    }
}

/// <summary>
/// The app on a clock the test moves by hand (starting at the real now; the dispatcher, retries and link expiry all read it),
/// the background dispatcher off (tests call DispatchDueAsync), and SMTP on a loopback port.
/// </summary>
public abstract class NotificationsAppFactory(DbProvider provider) : AppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public int SmtpPort { get; } = FreePort.Next();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:PollSeconds"] = "0",
            ["Notifications:RetryBaseSeconds"] = "30",
            ["Notifications:RetryMaxSeconds"] = "3600",
            ["Notifications:MaxAttempts"] = "6",
            ["Notifications:WebhookTimeoutSeconds"] = "5",
            ["Notifications:PublicBaseUrl"] = "https://thongsuot.test",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:EnableSsl"] = "false",
            ["Notifications:Smtp:TimeoutSeconds"] = "5",
            ["Notifications:Smtp:From"] = "thongsuot@quangtri.example",
        }));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();
}

public sealed class SqliteNotificationsAppFactory() : NotificationsAppFactory(DbProvider.Sqlite);

public sealed class PostgresNotificationsAppFactory() : NotificationsAppFactory(DbProvider.Postgres);

public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>python3-aiosmtpd on loopback, started and stopped by the test; each accepted message is one file.</summary>
public sealed class SmtpSink : IDisposable
{
    private Process? _process;
    public string Folder { get; } = Directory.CreateTempSubdirectory("thongsuot-smtp-").FullName;
    public int Port { get; }

    public SmtpSink(int port) => Port = port;

    public void Start()
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { RepoFiles.Path("tests", "ThongSuot.Tests", "Notifications", "smtp_sink.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder },
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        var line = _process.StandardOutput.ReadLine();
        if (line != "READY") throw new InvalidOperationException("SMTP sink did not start: " + _process.StandardError.ReadToEnd());
    }

    public void Stop()
    {
        if (_process is null) return;
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _process = null;
    }

    public IReadOnlyList<string> Messages() =>
        Directory.EnumerateFiles(Folder, "*.eml").Select(File.ReadAllText).ToList();

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A webhook receiver on loopback (Kestrel) that refuses the first N deliveries and checks every signature.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Delivery(string? DeliveryId, string? Event, string? Timestamp, string Body, bool SignatureValid, int Status);

    private readonly WebApplication _app;
    private readonly List<Delivery> _deliveries = [];
    private int _refuse;
    public string? Secret { get; set; }
    public string Url { get; private set; } = "";

    private WebhookReceiver(int refuseFirst)
    {
        _refuse = refuseFirst;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpContext ctx) =>
        {
            var body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
            var timestamp = ctx.Request.Headers["X-ThongSuot-Timestamp"].ToString();
            var valid = Secret is not null && WebhookSignature.Verify(Secret, timestamp, body, ctx.Request.Headers["X-ThongSuot-Signature"].ToString());
            int status;
            lock (_deliveries)
            {
                status = !valid ? 401 : _refuse-- > 0 ? 500 : 204;
                _deliveries.Add(new(ctx.Request.Headers["X-ThongSuot-Delivery"], ctx.Request.Headers["X-ThongSuot-Event"], timestamp, body, valid, status));
            }
            ctx.Response.StatusCode = status;
        });
    }

    public static async Task<WebhookReceiver> StartAsync(int refuseFirst)
    {
        var receiver = new WebhookReceiver(refuseFirst);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    public IReadOnlyList<Delivery> Deliveries { get { lock (_deliveries) return _deliveries.ToList(); } }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
