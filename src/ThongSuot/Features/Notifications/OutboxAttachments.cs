using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>A file an e-mail carries, rendered at delivery.</summary>
public sealed record OutboxAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Renders the file an outbox message refers to by <see cref="OutboxMessage.Attachment"/> ("{Kind}:{key}"). The outbox
/// keeps only the reference, so a row stays small and the file is the one the site serves at delivery time.
/// </summary>
public interface IOutboxAttachmentSource
{
    /// <summary>The reference's prefix this source answers, e.g. "directive-pdf".</summary>
    string Kind { get; }

    /// <summary>Null when the thing referred to is gone.</summary>
    Task<OutboxAttachment?> RenderAsync(string key, AppDbContext db, CancellationToken ct);
}

/// <summary>Finds the source for a reference; a reference nothing can render fails the delivery for good.</summary>
public sealed class OutboxAttachments(IEnumerable<IOutboxAttachmentSource> sources)
{
    public static string Reference(string kind, string key) => $"{kind}:{key}";

    public async Task<OutboxAttachment> RenderAsync(string reference, AppDbContext db, CancellationToken ct)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? reference : reference[..colon];
        var source = sources.FirstOrDefault(s => s.Kind == kind)
            ?? throw new PermanentDeliveryException($"Không có nguồn tệp đính kèm \"{kind}\".");
        return await source.RenderAsync(reference[(colon + 1)..], db, ct)
            ?? throw new PermanentDeliveryException($"Không còn tệp đính kèm {reference} (đã bị xoá?); thư không được gửi thiếu tệp.");
    }
}
