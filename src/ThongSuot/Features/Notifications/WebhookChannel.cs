using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// POSTs the event as JSON to the endpoint, signed with its secret (see docs/notifications.md). 2xx is delivered;
/// anything else, or no answer within the timeout, is retried with backoff. Redirects are not followed and the
/// destination must be public (<see cref="WebhookConnector"/>) unless Notifications:Webhooks:AllowPrivateNetworks.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory http, TimeProvider clock) : IOutboxChannel
{
    public const string HttpClientName = "ThongSuot.Webhooks";

    public OutboxChannel Channel => OutboxChannel.Webhook;

    public async Task DeliverAsync(OutboxMessage message, AppDbContext db, CancellationToken ct)
    {
        var endpoint = await db.Set<WebhookEndpoint>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == message.WebhookEndpointId, ct)
            ?? throw new PermanentDeliveryException("Điểm nhận webhook không còn tồn tại.");
        if (!endpoint.Enabled) throw new PermanentDeliveryException("Điểm nhận webhook đã tắt.");

        var body = Envelope(message);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-ThongSuot-Event", message.EventType);
        request.Headers.Add("X-ThongSuot-Delivery", message.Id.ToString());
        request.Headers.Add("X-ThongSuot-Timestamp", timestamp);
        request.Headers.Add("X-ThongSuot-Signature", WebhookSignature.Sign(endpoint.Secret, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("ThongSuot-Webhook", "1"));
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookDestinationRefusedException refused)
        {
            // Recorded as itself, not as a connection error: the operator should read why at once.
            throw refused;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400) throw new HttpRequestException($"Điểm nhận trả về HTTP {status} (chuyển hướng không được theo).");
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Điểm nhận trả về HTTP {status}.");
        }
    }

    /// <summary>The same bytes on every attempt of one message: only the timestamp header (and so the signature) changes.</summary>
    public static string Envelope(OutboxMessage message)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("id", message.Id);
            json.WriteString("event", message.EventType);
            json.WriteString("createdAt", message.CreatedAt);
            json.WriteString("subject", message.Subject);
            json.WriteString("text", message.Body);
            if (message.Link is not null) json.WriteString("link", message.Link);
            json.WritePropertyName("data");
            if (string.IsNullOrWhiteSpace(message.Payload)) json.WriteNullValue();
            else json.WriteRawValue(message.Payload);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

public static class WebhookSignature
{
    /// <summary>"sha256=" + lower-case hex HMAC-SHA256 of "{timestamp}.{body}" with the endpoint's secret.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    public static bool Verify(string secret, string timestamp, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
