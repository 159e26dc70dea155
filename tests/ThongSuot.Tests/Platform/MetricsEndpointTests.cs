using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

using ThongSuot.Tests.Incidents;

namespace ThongSuot.Tests.Platform;

/// <summary>The app's meter is process-wide: these tests run alone, so a counter moves only by what they do.</summary>
[CollectionDefinition(nameof(AppMetersAlone), DisableParallelization = true)]
public sealed class AppMetersAlone;

public sealed class PrometheusAppFactory() : AppFactory(DbProvider.Sqlite)
{
    public const string Token = "scrape-token-0123456789-abcdefghijklmnop";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Host settings: the app reads them while Program.cs registers services, before Build.
        builder.UseSetting("OpenTelemetry:Prometheus:Enabled", "true").UseSetting("OpenTelemetry:Prometheus:ScrapeToken", Token);
    }
}

[Collection(nameof(AppMetersAlone))]
public sealed class MetricsEndpointTests(PrometheusAppFactory app) : IClassFixture<PrometheusAppFactory>
{
    private const string Reported = "thongsuot_incidents_reported_total";

    [Fact]
    public async Task WithoutConfigurationThereIsNoMetricsEndpoint()
    {
        using var plain = app.WithWebHostBuilder(b => b.UseSetting("OpenTelemetry:Prometheus:Enabled", "false"));
        var admin = await SignIn.AsAsync(plain.CreateClient(new() { AllowAutoRedirect = false }), "admin", AppFactory.DemoPassword);

        var response = await Scrape(admin, PrometheusAppFactory.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("scrape-token-0123456789-abcdefghijklmnoX")]
    [InlineData("")]
    public async Task WithoutTheScrapeTokenMetricsAreRefused(string? token)
    {
        var response = await Scrape(app.Anonymous(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain(Reported, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAdministratorsCookieIsNotAScrapeToken() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Scrape(await app.SignedInAsync("admin"), null)).StatusCode);

    [Fact]
    public async Task TheGaugesSayThisNodeLeadsAndNoEventWaits()
    {
        await CreateAsync(await app.SignedInAsync("viettel"), Body("Báo để đo hàng chờ"));
        await app.EventHandlersDoneAsync();

        // The pending count is refreshed every Events:PollSeconds; wait (with a deadline) for the refresh after the handlers ran.
        var stop = DateTime.UtcNow.AddSeconds(30);
        string text;
        do
        {
            text = await (await Scrape(app.Anonymous(), PrometheusAppFactory.Token)).Content.ReadAsStringAsync();
            if (Gauge(text, "thongsuot_events_pending") == "0") break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < stop);

        Assert.Equal(("0", "1"), (Gauge(text, "thongsuot_events_pending"), Gauge(text, "thongsuot_leader"))); // SQLite: the one process leads
    }

    /// <summary>A gauge's value in the exposition text ("name{labels} value [timestamp]"), or null.</summary>
    private static string? Gauge(string text, string name) =>
        System.Text.RegularExpressions.Regex.Match(text, $@"^{name}(?:\{{[^}}]*\}})? (\S+)", System.Text.RegularExpressions.RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value : null;

    [Fact]
    public async Task WithTheTokenTheReportedCounterRisesByOnePerReport()
    {
        var before = await ReportedAsync();

        await CreateAsync(await app.SignedInAsync("viettel"), Body("Báo để đếm"));

        Assert.Equal(before + 1, await ReportedAsync());
    }

    [Fact]
    public void EnablingWithoutALongTokenStopsTheStart()
    {
        using var weak = app.WithWebHostBuilder(b => b.UseSetting("OpenTelemetry:Prometheus:ScrapeToken", "short"));
        var error = Assert.Throws<InvalidOperationException>(() => weak.Services);
        Assert.StartsWith("OpenTelemetry:Prometheus:ScrapeToken", error.Message);
    }

    [Fact]
    public async Task WithAManagementPortMetricsAnswerOnlyOnIt()
    {
        using var port = app.WithWebHostBuilder(b => b.UseSetting("OpenTelemetry:Prometheus:Port", "9464"));
        var client = port.CreateClient(new() { AllowAutoRedirect = false });

        var onPublicPort = await Scrape(client, PrometheusAppFactory.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://localhost:9464/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", PrometheusAppFactory.Token);
        var onManagementPort = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, onPublicPort.StatusCode); // no endpoint there: the sign-in page, as for any unknown path
        Assert.Equal(HttpStatusCode.OK, onManagementPort.StatusCode);
    }

    /// <summary>The counter's value summed over its labels (the channel), or 0 before the first report.</summary>
    private async Task<double> ReportedAsync()
    {
        var response = await Scrape(app.Anonymous(), PrometheusAppFactory.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split('\n').Where(l => l.StartsWith(Reported + "{", StringComparison.Ordinal) || l.StartsWith(Reported + " ", StringComparison.Ordinal))
            .Sum(l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));
    }

    private static Task<HttpResponseMessage> Scrape(HttpClient client, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
