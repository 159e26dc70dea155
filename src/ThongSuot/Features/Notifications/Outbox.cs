using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Audit;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Puts notifications into the caller's unit of work, so the business change and its notifications commit together.
/// A DedupKey is accepted once: a second enqueue (same unit of work, later, after a restart) is skipped quietly, and
/// <see cref="SaveChangesAsync"/> drops a message that lost a race to a concurrent caller instead of failing.
/// </summary>
public sealed class Outbox(TimeProvider clock)
{
    /// <summary>Adds the message unless one with its DedupKey is already tracked or stored. Returns whether it was added.</summary>
    public async Task<bool> EnqueueAsync(AppDbContext db, OutboxMessage message, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(message.DedupKey)) throw new ArgumentException("DedupKey is required.", nameof(message));
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.DedupKey == message.DedupKey && e.State != EntityState.Deleted)) return false;
        if (await db.Set<OutboxMessage>().AnyAsync(m => m.DedupKey == message.DedupKey, ct)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        if (message.CreatedAt == default) message.CreatedAt = now;
        if (message.NextAttemptAt == default) message.NextAttemptAt = now;
        message.Status = OutboxStatus.Pending;
        db.Add(message);
        return true;
    }

    /// <summary>
    /// SaveChanges for a unit of work holding outbox messages: if a concurrent caller stored one of the same DedupKeys
    /// first, that message is dropped and the rest (the business change included) saved. EF rolls a failed SaveChanges
    /// back to a savepoint inside a caller's transaction, so this also works within one.
    /// </summary>
    public async Task<int> SaveChangesAsync(AppDbContext db, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                var added = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList();
                if (added.Count == 0) throw;
                var keys = added.Select(e => e.Entity.DedupKey).ToList();
                var stored = await db.Set<OutboxMessage>().AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(ct);
                if (stored.Count == 0) throw;
                foreach (var entry in added.Where(e => stored.Contains(e.Entity.DedupKey))) entry.State = EntityState.Detached;
                // The failed attempt's audit rows are still pending; the interceptor writes them again on the retry.
                foreach (var audit in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                    audit.State = EntityState.Detached;
            }
        }
    }
}
