using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ThongSuot.Shared.Platform;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies the operator names
/// (<c>ForwardedHeaders:KnownProxies</c>: addresses; <c>ForwardedHeaders:KnownNetworks</c>: CIDR ranges). Nothing named:
/// no forwarding at all, so a client cannot write its own address into the audit log.
/// </summary>
public static class KnownProxies
{
    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection("ForwardedHeaders:KnownProxies"))
            .Select(p => IPAddress.TryParse(p, out var a) ? a : throw Invalid("KnownProxies", p)).ToList();
        var networks = List(configuration.GetSection("ForwardedHeaders:KnownNetworks"))
            .Select(n => System.Net.IPNetwork.TryParse(n, out var net) ? net : throw Invalid("KnownNetworks", n)).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework's default trusts loopback; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(p);
            foreach (var n in networks) o.KnownIPNetworks.Add(n);
        });
        services.AddSingleton(new ProxiesConfigured(proxies.Count + networks.Count > 0));
        return services;
    }

    public static IApplicationBuilder UseKnownProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxiesConfigured>().Any ? app.UseForwardedHeaders() : app;

    /// <summary>A list as configuration gives it: children (<c>KnownProxies:0</c>, JSON arrays) or one comma-separated value.</summary>
    private static IEnumerable<string> List(IConfigurationSection section) =>
        (section.Value is { } one ? one.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Select(s => s.Trim()).Where(s => s.Length > 0);

    private static InvalidOperationException Invalid(string key, string value) =>
        new($"ForwardedHeaders:{key}: '{value}' không phải địa chỉ IP{(key == "KnownNetworks" ? "/độ dài tiền tố (CIDR)" : "")} hợp lệ (not a valid {(key == "KnownNetworks" ? "CIDR network" : "IP address")}).");

    private sealed record ProxiesConfigured(bool Any);
}
