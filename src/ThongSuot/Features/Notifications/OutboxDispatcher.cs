using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

public sealed record DispatchResult(int Claimed, int Sent, int Failed, int Dead);

/// <summary>
/// Claims due outbox messages, delivers each through its channel and records the outcome: Sent, or a retry with
/// exponential backoff and jitter, or Dead after the last attempt. A claim moves NextAttemptAt to the end of a lease,
/// so a node that dies mid-delivery releases its messages when the lease ends. On PostgreSQL the claim is one
/// UPDATE … FOR UPDATE SKIP LOCKED, so many app nodes never take the same message.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<NotificationsOptions> options, ILogger<OutboxDispatcher> log)
{
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct = default)
    {
        var o = options.CurrentValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var channels = scope.ServiceProvider.GetServices<IOutboxChannel>().ToDictionary(c => c.Channel);
        var ids = await ClaimAsync(db, o, ct);
        int sent = 0, failed = 0, dead = 0;
        foreach (var id in ids)
        {
            OutboxStatus status;
            try
            {
                status = await DeliverAsync(db, channels, id, o, ct);
            }
            catch (DbUpdateException e)
            {
                // One message whose outcome cannot be saved must not hold up the batch; its lease ends and it is tried again.
                log.LogError(e, "Could not record the delivery of outbox message {Id}.", id);
                status = OutboxStatus.Failed;
            }
            if (status == OutboxStatus.Sent) sent++;
            else if (status == OutboxStatus.Dead) dead++;
            else failed++;
            db.ChangeTracker.Clear();
        }
        return new DispatchResult(ids.Count, sent, failed, dead);
    }

    private async Task<List<Guid>> ClaimAsync(AppDbContext db, NotificationsOptions o, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = now.AddSeconds(Math.Max(o.LeaseSeconds, 10));
        var batch = Math.Clamp(o.BatchSize, 1, 1000);
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE "OutboxMessages" SET "NextAttemptAt" = {lease}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "Status" IN ('Pending', 'Failed') AND "NextAttemptAt" <= {now}
                    ORDER BY "NextAttemptAt" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct);
        }

        // SQLite serialises writers; a conditional update per message keeps two dispatchers in one process apart.
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(batch)
            .Select(m => new { m.Id, m.NextAttemptAt }).ToListAsync(ct);
        var claimed = new List<Guid>();
        foreach (var m in due)
        {
            var won = await db.Set<OutboxMessage>()
                .Where(x => x.Id == m.Id && x.NextAttemptAt == m.NextAttemptAt && (x.Status == OutboxStatus.Pending || x.Status == OutboxStatus.Failed))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, lease), ct);
            if (won == 1) claimed.Add(m.Id);
        }
        return claimed;
    }

    private async Task<OutboxStatus> DeliverAsync(
        AppDbContext db, Dictionary<OutboxChannel, IOutboxChannel> channels, Guid id, NotificationsOptions o, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().FirstAsync(m => m.Id == id, ct);
        message.Attempts++;
        try
        {
            if (!channels.TryGetValue(message.Channel, out var channel))
                throw new PermanentDeliveryException($"Không có kênh {message.Channel}.");
            await channel.DeliverAsync(message, db, ct);
            message.Status = OutboxStatus.Sent;
            message.SentAt = clock.GetUtcNow().UtcDateTime;
            message.LastError = null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Anything the channel added (an in-app row) must not be saved with a failed attempt.
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
            message.LastError = Truncate($"{e.GetType().Name}: {e.Message}", 1000);
            if (e is ChannelNotConfiguredException)
            {
                // Not the recipient's fault and not an attempt: wait for the operator, however long that takes.
                message.Attempts--;
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Max(o.RetryMaxSeconds, 1));
            }
            else if (e is PermanentDeliveryException || message.Attempts >= o.MaxAttempts) message.Status = OutboxStatus.Dead;
            else
            {
                message.Status = OutboxStatus.Failed;
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + RetrySchedule.Delay(message.Attempts, o, Random.Shared.NextDouble());
            }
            log.LogWarning("Outbox message {Id} ({Channel}) attempt {Attempt} failed: {Error}; now {Status}",
                message.Id, message.Channel, message.Attempts, message.LastError, message.Status);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        Shared.Telemetry.AppMetrics.NotificationDelivered(message.Channel.ToString(), message.Status.ToString().ToLowerInvariant());
        return message.Status;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>The wait before the next attempt: base × 2^(attempts−1), times a jitter in [0.8, 1.2), capped.</summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int attempts, NotificationsOptions o, double random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var seconds = Math.Max(o.RetryBaseSeconds, 1) * Math.Pow(2, exponent) * (0.8 + 0.4 * random);
        return TimeSpan.FromSeconds(Math.Min(seconds, Math.Max(o.RetryMaxSeconds, 1)));
    }
}

/// <summary>A failure no retry will cure (no such endpoint, malformed address): the message goes Dead at once.</summary>
public sealed class PermanentDeliveryException(string message) : Exception(message);

/// <summary>The channel is not set up (no SMTP host): the message waits without using up its attempts.</summary>
public sealed class ChannelNotConfiguredException(string message) : Exception(message);
