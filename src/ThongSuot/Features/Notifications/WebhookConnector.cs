using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Opens the webhook client's TCP connections itself (SocketsHttpHandler.ConnectCallback): it resolves the host once,
/// checks every address and connects only to those it checked, so DNS cannot answer one address to the check and
/// another to the connection (rebinding). A refusal surfaces as a failed delivery attempt, retried like any other.
/// </summary>
public sealed class WebhookConnector(IOptionsMonitor<NotificationsOptions> options)
{
    public static SocketsHttpHandler Handler(WebhookConnector connector) => new()
    {
        ConnectCallback = connector.ConnectAsync,
        // A redirect would be a second destination nobody checked; 3xx is a failed attempt instead.
        AllowAutoRedirect = false,
        // Through a proxy the callback would see the proxy's address, not the receiver's.
        UseProxy = false,
        UseCookies = false,
    };

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = WebhookAddressGuard.Literal(host) is { } literal ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (!options.CurrentValue.Webhooks.AllowPrivateNetworks)
        {
            if (addresses.FirstOrDefault(a => !WebhookAddressGuard.IsPublic(a)) is { } refused) throw new WebhookDestinationRefusedException(host, refused);
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
