using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>Delivers one outbox message; throws when it could not (the dispatcher schedules a retry).</summary>
public interface IOutboxChannel
{
    OutboxChannel Channel { get; }
    Task DeliverAsync(OutboxMessage message, AppDbContext db, CancellationToken ct);
}

/// <summary>Adds the row to the user's inbox; saved together with the message's Sent status, so exactly once.</summary>
public sealed class InAppChannel(TimeProvider clock) : IOutboxChannel
{
    public OutboxChannel Channel => OutboxChannel.InApp;

    public async Task DeliverAsync(OutboxMessage message, AppDbContext db, CancellationToken ct)
    {
        if (message.UserId is not { } userId || !await db.Users.AnyAsync(u => u.Id == userId, ct))
            throw new PermanentDeliveryException("Người nhận thông báo trong ứng dụng không tồn tại.");
        db.Add(new InAppNotification
        {
            UserId = userId, OutboxMessageId = message.Id, EventType = message.EventType, Subject = message.Subject,
            Body = message.Body, Link = message.Link, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
