using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Runs the <see cref="IIncidentListener"/>s for committed incident changes, oldest first, each change in a scope of its own.
/// A change whose listeners all ran is deleted; one with a failed listener is tried again later (all listeners: they are
/// idempotent — notifications by their DedupKey, the board by replacing its row). Claims work like the outbox's: a lease,
/// and FOR UPDATE SKIP LOCKED on PostgreSQL, so several app instances never run the same change at once.
/// </summary>
public sealed class IncidentEventProcessor(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<IncidentEventsOptions> options,
    ILogger<IncidentEventProcessor> log)
{
    /// <summary>Runs one batch of due events, oldest first; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var o = options.CurrentValue;
        List<IncidentEvent> claimed;
        await using (var scope = scopes.CreateAsyncScope())
            claimed = await ClaimAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), o, ct);
        if (claimed.Count == 0) return 0;

        // What the listeners save (notifications, acknowledge links) is the system's doing, not the reporter's.
        using var actor = Audit.AuditActor.AsSystem("incident-listeners");
        var errors = new Dictionary<Guid, string>();
        foreach (var e in claimed)
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var listener in scope.ServiceProvider.GetServices<IIncidentListener>())
            {
                try { await listener.OnChangedAsync(e.ToChange(), ct); }
                catch (Exception x) when (!ct.IsCancellationRequested)
                {
                    log.LogError(x, "Incident listener {Listener} failed for {Number} ({What})", listener.GetType().Name, e.Number, e.What);
                    errors.TryAdd(e.Id, $"{listener.GetType().Name}: {x.GetType().Name}: {x.Message}");
                }
            }
        }
        await FinishAsync(claimed, errors, o);
        return claimed.Count;
    }

    /// <summary>Deletes the events whose listeners all ran; schedules the others again with backoff.</summary>
    private async Task FinishAsync(List<IncidentEvent> claimed, Dictionary<Guid, string> errors, IncidentEventsOptions o)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var done = claimed.Where(e => !errors.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        if (done.Count > 0) await db.Set<IncidentEvent>().Where(x => done.Contains(x.Id)).ExecuteDeleteAsync(CancellationToken.None);
        foreach (var e in claimed.Where(e => errors.ContainsKey(e.Id)))
        {
            var attempts = e.Attempts + 1;
            var next = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(5 * Math.Pow(2, attempts - 1), 3600));
            var text = errors[e.Id].Length <= 1000 ? errors[e.Id] : errors[e.Id][..1000];
            await db.Set<IncidentEvent>().Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Attempts, attempts)
                .SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, text), CancellationToken.None);
            if (attempts >= o.MaxAttempts)
                log.LogError("Incident event {Id} ({Number}, {What}) failed {Attempts} times and will not be tried again: {Error}", e.Id, e.Number, e.What, attempts, text);
        }
        Shared.Telemetry.AppMetrics.SetEventsPending(await db.Set<IncidentEvent>().CountAsync(x => x.Attempts < o.MaxAttempts, CancellationToken.None));
    }

    private async Task<List<IncidentEvent>> ClaimAsync(AppDbContext db, IncidentEventsOptions o, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = now.AddSeconds(Math.Max(o.LeaseSeconds, 10));
        var batch = Math.Clamp(o.BatchSize, 1, 1000);
        var max = Math.Max(o.MaxAttempts, 1);
        if (db.Database.IsNpgsql())
        {
            var ids = await db.Database.SqlQuery<Guid>($"""
                UPDATE "IncidentEvents" SET "NextAttemptAt" = {lease}
                WHERE "Id" IN (
                    SELECT "Id" FROM "IncidentEvents"
                    WHERE "NextAttemptAt" <= {now} AND "Attempts" < {max}
                    ORDER BY "Id" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct);
            return ids.Count == 0 ? [] : await db.Set<IncidentEvent>().AsNoTracking().Where(x => ids.Contains(x.Id)).OrderBy(x => x.Id).ToListAsync(ct);
        }

        // SQLite serialises writers; a conditional update per event keeps two processors in one process apart.
        var due = await db.Set<IncidentEvent>().AsNoTracking().Where(x => x.NextAttemptAt <= now && x.Attempts < max)
            .OrderBy(x => x.Id).Take(batch).ToListAsync(ct);
        var claimed = new List<IncidentEvent>();
        foreach (var e in due)
        {
            var won = await db.Set<IncidentEvent>().Where(x => x.Id == e.Id && x.NextAttemptAt == e.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, lease), ct);
            if (won == 1) claimed.Add(e);
        }
        return claimed;
    }
}
