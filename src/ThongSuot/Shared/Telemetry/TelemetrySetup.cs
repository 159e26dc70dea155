using Microsoft.AspNetCore.SignalR;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ThongSuot.Shared.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: exported over OTLP when <c>OpenTelemetry:Endpoint</c> is set, and scraped by Prometheus
/// at /metrics when <c>OpenTelemetry:Prometheus:Enabled</c> (behind a bearer token, see <see cref="ScrapeGate"/>).
/// Neither configured: no exporter and no listener, the meters cost nothing.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var o = builder.Configuration.GetSection("OpenTelemetry").Get<TelemetryOptions>() ?? new();
        services.AddOptions<TelemetryOptions>().BindConfiguration("OpenTelemetry");
        services.AddSignalR(hub => hub.AddFilter<HubConnectionsFilter>());
        var otlp = !string.IsNullOrWhiteSpace(o.Endpoint);
        if (o.Prometheus.Enabled) ScrapeGate.Validate(o.Prometheus);
        if (!otlp && !o.Prometheus.Enabled) return builder;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("ThongSuot"));
        telemetry.WithMetrics(m =>
        {
            m.AddMeter(AppMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
            if (otlp) m.AddOtlpExporter(e => Otlp(e, o));
            // No cached answer: a scrape shows what happened up to that moment.
            if (o.Prometheus.Enabled) m.AddPrometheusExporter(p => p.ScrapeResponseCacheDurationMilliseconds = 0);
        });
        if (otlp)
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(a => a.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(e => Otlp(e, o)));
        }
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var prometheus = app.Configuration.GetSection("OpenTelemetry:Prometheus").Get<PrometheusOptions>() ?? new();
        if (!prometheus.Enabled) return app;
        var endpoint = app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        ScrapeGate.Protect(endpoint, prometheus);
        return app;
    }

    private static void Otlp(OtlpExporterOptions e, TelemetryOptions o)
    {
        e.Endpoint = new Uri(o.Endpoint!);
        e.Protocol = o.Protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
