namespace ThongSuot.Shared.Telemetry;

/// <summary>The <c>OpenTelemetry</c> section: where to send metrics and traces, and whether Prometheus may scrape.</summary>
public sealed class TelemetryOptions
{
    /// <summary>OTLP collector, e.g. http://127.0.0.1:4317. Empty: nothing is exported over OTLP.</summary>
    public string? Endpoint { get; set; }

    /// <summary>"grpc" (default, port 4317) or "http/protobuf" (port 4318).</summary>
    public string Protocol { get; set; } = "grpc";

    public PrometheusOptions Prometheus { get; set; } = new();

    /// <summary>Whether anything reads the metrics: gauges that cost a query are kept current only then.</summary>
    public bool ExportsMetrics => !string.IsNullOrWhiteSpace(Endpoint) || Prometheus.Enabled;
}

public sealed class PrometheusOptions
{
    public bool Enabled { get; set; }

    /// <summary>The bearer token the scraper sends (at least 32 characters); required when enabled.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary>When set, /metrics answers only on this port (a management port the firewall keeps inside).</summary>
    public int? Port { get; set; }
}
