using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

/// <summary>"notification.read": marks one in-app notification read. Harmless; shows how a feature plugs a purpose in.</summary>
public sealed class MarkReadLinkHandler(TimeProvider clock) : IActionLinkHandler
{
    public const string PurposeName = "notification.read";

    public string Purpose => PurposeName;

    public async Task<string?> DescribeAsync(AppDbContext db, Guid targetId, CancellationToken ct)
    {
        var subject = await db.Set<InAppNotification>().Where(n => n.Id == targetId).Select(n => n.Subject).FirstOrDefaultAsync(ct);
        return subject is null ? null : $"Đánh dấu thông báo “{subject}” là đã đọc.";
    }

    public async Task<ServiceResult<string>> PerformAsync(AppDbContext db, Guid targetId, CancellationToken ct)
    {
        var notification = await db.Set<InAppNotification>().FirstOrDefaultAsync(n => n.Id == targetId, ct);
        if (notification is null) return ServiceError.NotFound();
        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        return $"Đã đánh dấu thông báo “{notification.Subject}” là đã đọc.";
    }
}
