using System.Net;
using System.Net.Sockets;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Keeps webhooks off the server's own networks (SSRF): a member organisation must not make us POST to loopback, the
/// private network, the cloud metadata service (169.254.169.254) or the database port. Checked on the URL when an
/// endpoint is saved, and on every resolved address when a delivery connects (<see cref="WebhookConnector"/>), so a
/// name that resolves, or later re-resolves, to such an address is refused as well.
/// </summary>
public static class WebhookAddressGuard
{
    public const string RefusedMessage =
        "Không được gửi webhook tới địa chỉ nội bộ (localhost, loopback, mạng riêng, link-local, đa hướng…): hãy dùng địa chỉ công khai của hệ thống nhận.";

    /// <summary>True for a unicast address on the public Internet; false for everything a webhook must not reach.</summary>
    public static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
        AddressFamily.InterNetworkV6 => IsPublicV6(address.GetAddressBytes()),
        _ => false,
    };

    /// <summary>"localhost" and its subdomains (RFC 6761), which resolvers answer with loopback.</summary>
    public static bool IsLocalHostName(string host)
    {
        var h = host.TrimEnd('.');
        return h.Equals("localhost", StringComparison.OrdinalIgnoreCase) || h.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The host of a URL as an address when it is written as one (also 2130706433 or 0x7f.1, which resolvers read as IPs).</summary>
    public static IPAddress? Literal(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address : null;

    /// <summary>What can be told from the URL alone: an address literal or "localhost" that is not public.</summary>
    public static bool IsRefusedHost(string host) =>
        IsLocalHostName(host) || (Literal(host) is { } address && !IsPublic(address));

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                      // "this network", 0.0.0.0
        || b[0] == 10                                  // RFC 1918
        || (b[0] == 100 && (b[1] & 0xC0) == 64)        // CGNAT 100.64/10
        || b[0] == 127                                 // loopback
        || (b[0] == 169 && b[1] == 254)                // link-local, cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)        // RFC 1918
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, documentation
        || (b[0] == 192 && b[1] == 168)                // RFC 1918
        || (b[0] == 198 && (b[1] & 0xFE) == 18)        // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)  // documentation
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)   // documentation
        || b[0] >= 224);                               // multicast, reserved, broadcast

    private static bool IsPublicV6(byte[] b)
    {
        // Forms that carry an IPv4 address are judged by it: ::ffff:a.b.c.d, ::a.b.c.d (also :: and ::1), NAT64, 6to4.
        if (b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && ((b[10] == 0xFF && b[11] == 0xFF) || (b[10] == 0 && b[11] == 0)))
            return IsPublicV4(b[12..16]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
            return b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 && IsPublicV4(b[12..16]); // 64:ff9b::/96; 64:ff9b:1::/48 is local
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);
        if ((b[0] & 0xE0) != 0x20) return false;       // outside global unicast 2000::/3: ULA fc00::/7, fe80::/10, ff00::/8…
        if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xFE) == 0) return false;        // 2001::/23 IETF (Teredo, benchmarking…)
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false; // 2001:db8::/32 documentation
        return true;
    }
}

/// <summary>A delivery whose destination resolved to an address <see cref="WebhookAddressGuard"/> refuses.</summary>
public sealed class WebhookDestinationRefusedException(string host, IPAddress address)
    : Exception(host == address.ToString()
        ? $"Đã chặn gửi tới {address}. {WebhookAddressGuard.RefusedMessage}"
        : $"Đã chặn gửi tới {host} ({address}). {WebhookAddressGuard.RefusedMessage}");
