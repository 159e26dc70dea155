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
    public async Task<bool> EnqueueAsync(AppDbContext db, OutboxMessage message, CancellationToken ct = default) =>
        await EnqueueAllAsync(db, [message], ct) == 1;

    /// <summary>
    /// Adds each message unless one with its DedupKey is already tracked or stored, checking the store once for all of them.
    /// Returns how many were added.
    /// </summary>
    public async Task<int> EnqueueAllAsync(AppDbContext db, IReadOnlyList<OutboxMessage> messages, CancellationToken ct = default)
    {
        if (messages.Count == 0) return 0;
        if (messages.Any(m => string.IsNullOrWhiteSpace(m.DedupKey))) throw new ArgumentException("DedupKey is required.", nameof(messages));
        var keys = messages.Select(m => m.DedupKey).Distinct().ToList();
        var taken = new HashSet<string>(await db.Set<OutboxMessage>().AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(ct));
        taken.UnionWith(db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity.DedupKey));
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var message in messages)
        {
            if (!taken.Add(message.DedupKey)) continue;
            if (message.CreatedAt == default) message.CreatedAt = now;
            if (message.NextAttemptAt == default) message.NextAttemptAt = now;
            message.Status = OutboxStatus.Pending;
            db.Add(message);
            added++;
        }
        return added;
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
