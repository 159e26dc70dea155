using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Sends through an SMTP relay with MailKit (UTF-8 subject and body, plain text with an optional HTML alternative).
/// A 5xx refusal of the recipient or of the message is final: the message goes Dead at once. Anything else (relay
/// down, timeout, a 4xx "try later", TLS or login failure, a refused sender address) throws as is, and the dispatcher
/// retries later: those are the relay's or the configuration's trouble, which an operator can mend. A message that
/// refers to an attachment is sent with it or not at all.
/// </summary>
public sealed class EmailChannel(IOptionsMonitor<NotificationsOptions> options, OutboxAttachments attachments) : IOutboxChannel
{
    public const string MessageIdHeader = "X-ThongSuot-Message";

    // MimeKit would take "lienhe" (no domain) as an address; no relay can deliver to it.
    private static readonly ParserOptions Addresses = new() { AllowAddressesWithoutDomain = false };

    public OutboxChannel Channel => OutboxChannel.Email;

    public async Task DeliverAsync(OutboxMessage message, AppDbContext db, CancellationToken ct)
    {
        var smtp = options.CurrentValue.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host)) throw new ChannelNotConfiguredException("Chưa cấu hình máy chủ thư (Notifications:Smtp:Host).");
        if (!MailboxAddress.TryParse(Addresses, message.Address ?? "", out var to))
            throw new PermanentDeliveryException("Địa chỉ thư không hợp lệ.");
        var attachment = message.Attachment is { } reference ? await attachments.RenderAsync(reference, db, ct) : null;
        using var mail = Compose(message, smtp, to, attachment);

        using var client = new SmtpClient { Timeout = Math.Max(smtp.TimeoutSeconds, 1) * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        try
        {
            await client.SendAsync(mail, ct);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode != SmtpErrorCode.SenderNotAccepted)
        {
            throw new PermanentDeliveryException($"Máy chủ thư từ chối thư ({(int)e.StatusCode}): {e.Message}");
        }
        // Accepted: a relay that hangs up before our QUIT must not turn a delivered message into a retry.
        try { await client.DisconnectAsync(quit: true, ct); }
        catch (Exception e) when (e is IOException or SmtpProtocolException or TimeoutException) { }
    }

    private static MimeMessage Compose(OutboxMessage message, SmtpOptions smtp, MailboxAddress to, OutboxAttachment? attachment)
    {
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mail.To.Add(to);
        // The receiver (and our tests) can tell a retry of the same message from a new one.
        mail.Headers.Add(MessageIdHeader, message.Id.ToString());
        var text = Utf8Part(TextFormat.Plain, message.Body);
        MimeEntity body = string.IsNullOrEmpty(message.BodyHtml) ? text : new MultipartAlternative { text, Utf8Part(TextFormat.Html, message.BodyHtml) };
        mail.Body = attachment is null ? body : new Multipart("mixed") { body, AttachmentPart(attachment) };
        return mail;
    }

    private static MimePart AttachmentPart(OutboxAttachment attachment) =>
        new(ContentType.Parse(attachment.ContentType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Content)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };

    // Base64 passes any relay (7-bit) and is shorter than quoted-printable for Vietnamese, mostly non-ASCII letters.
    private static TextPart Utf8Part(TextFormat format, string text) =>
        new(format) { Text = text, ContentTransferEncoding = ContentEncoding.Base64 };
}
