using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

public sealed record NotificationDto(Guid Id, string EventType, string Subject, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>The signed-in person's own in-app notifications; nobody sees or marks another's.</summary>
public sealed class InboxService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<ServiceResult<IReadOnlyList<NotificationDto>>> ListAsync(bool unreadOnly, int take = 100, CancellationToken ct = default)
    {
        if (me.UserId is not { } userId) return ServiceError.Forbidden("Chỉ người dùng đăng nhập mới có hộp thông báo.");
        var query = db.Set<InAppNotification>().AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(take, 1, 500))
            .Select(n => new NotificationDto(n.Id, n.EventType, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return rows;
    }

    public async Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        me.UserId is { } userId ? await db.Set<InAppNotification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct) : 0;

    /// <summary>For the bell in the layout, which also renders the error page: a failing database shows no count rather than failing again.</summary>
    public async Task<int> SafeUnreadCountAsync()
    {
        try { return await UnreadCountAsync(); }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException) { return 0; }
    }

    public async Task<ServiceResult<NotificationDto>> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        if (me.UserId is not { } userId) return ServiceError.Forbidden("Chỉ người dùng đăng nhập mới có hộp thông báo.");
        // Another person's notification is "not found", not "forbidden": its existence is not revealed.
        var n = await db.Set<InAppNotification>().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct);
        if (n is null) return ServiceError.NotFound("Không tìm thấy thông báo.");
        if (n.ReadAt is null)
        {
            n.ReadAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return new NotificationDto(n.Id, n.EventType, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt);
    }

    public async Task<ServiceResult<int>> MarkAllReadAsync(CancellationToken ct = default)
    {
        if (me.UserId is not { } userId) return ServiceError.Forbidden("Chỉ người dùng đăng nhập mới có hộp thông báo.");
        var unread = await db.Set<InAppNotification>().Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var n in unread) n.ReadAt = now;
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}
