using System.Security.Cryptography;
using System.Text;

namespace ThongSuot.Shared.Telemetry;

/// <summary>
/// /metrics is never anonymous: the scraper sends <c>Authorization: Bearer {OpenTelemetry:Prometheus:ScrapeToken}</c>;
/// with <c>OpenTelemetry:Prometheus:Port</c> it also answers only on that port.
/// </summary>
public static class ScrapeGate
{
    public const int MinimumTokenLength = 32;

    public static void Validate(PrometheusOptions o)
    {
        if ((o.ScrapeToken?.Trim().Length ?? 0) < MinimumTokenLength)
            throw new InvalidOperationException(
                $"OpenTelemetry:Prometheus:ScrapeToken phải có ít nhất {MinimumTokenLength} ký tự khi bật /metrics " +
                $"(the scrape token must be at least {MinimumTokenLength} characters when /metrics is enabled).");
    }

    public static void Protect(IEndpointConventionBuilder endpoint, PrometheusOptions o)
    {
        if (o.Port is { } port) endpoint.RequireHost($"*:{port}");
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(o.ScrapeToken!.Trim()));
        endpoint.Add(b =>
        {
            var scrape = b.RequestDelegate!;
            b.RequestDelegate = ctx =>
            {
                if (Presented(ctx) is { } token && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), expected))
                    return scrape(ctx);
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                ctx.Response.Headers.WWWAuthenticate = "Bearer";
                return Task.CompletedTask;
            };
        });
    }

    private static string? Presented(HttpContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
