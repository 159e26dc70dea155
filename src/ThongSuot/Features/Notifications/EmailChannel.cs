using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Sends through an SMTP relay with System.Net.Mail (UTF-8 subject and body, plain text with an optional HTML
/// alternative). A relay that is down or refuses throws, and the dispatcher retries later.
/// </summary>
public sealed class EmailChannel(IOptionsMonitor<NotificationsOptions> options) : IOutboxChannel
{
    public const string MessageIdHeader = "X-ThongSuot-Message";

    public OutboxChannel Channel => OutboxChannel.Email;

    public async Task DeliverAsync(OutboxMessage message, AppDbContext db, CancellationToken ct)
    {
        var smtp = options.CurrentValue.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host)) throw new ChannelNotConfiguredException("Chưa cấu hình máy chủ thư (Notifications:Smtp:Host).");
        MailAddress to;
        try { to = new MailAddress(message.Address ?? ""); }
        catch (FormatException) { throw new PermanentDeliveryException("Địa chỉ thư không hợp lệ."); }

        using var mail = new MailMessage
        {
            From = new MailAddress(smtp.From, smtp.FromName, Encoding.UTF8),
            Subject = message.Subject, SubjectEncoding = Encoding.UTF8,
            Body = message.Body, BodyEncoding = Encoding.UTF8, IsBodyHtml = false,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(to);
        // The receiver (and our tests) can tell a retry of the same message from a new one.
        mail.Headers.Add(MessageIdHeader, message.Id.ToString());
        if (!string.IsNullOrEmpty(message.BodyHtml))
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.BodyHtml, Encoding.UTF8, "text/html"));

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = Math.Max(smtp.TimeoutSeconds, 1) * 1000,
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        await client.SendMailAsync(mail, ct);
    }
}
