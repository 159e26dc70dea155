using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Shared.Background;

namespace ThongSuot.Shared.Events;

/// <summary>
/// Runs due deliveries of one handler, oldest first, each in a scope of its own: those this node published (leased to it
/// in their own transaction), then those claimed with the shared <see cref="LeaseClaim"/> (so no two nodes run one delivery), deleted when the handler ran, otherwise tried again with
/// exponential backoff, and dead after MaxAttempts, its error kept.
/// </summary>
public sealed class EventProcessor(IServiceScopeFactory scopes, EventHandlers handlers, TimeProvider clock, IOptionsMonitor<EventsOptions> options,
    ILogger<EventProcessor> log)
{
    /// <summary>One batch of every handler's due deliveries; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var claimed = 0;
        foreach (var handler in handlers.Names) claimed += await RunDueAsync(handler, ct);
        return claimed;
    }

    /// <summary>One batch of the handler's due deliveries, in order; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(string handler, CancellationToken ct = default)
    {
        var o = options.CurrentValue;
        // What this node published is leased to it already: run it first, at once.
        var handed = handlers.TakeHanded(handler);
        var claimed = handed.Count > 0 ? handed : await ClaimAsync(handler, o, ct);
        // What handlers save (notifications, acknowledge links) is the system's doing, not the person's who made the change.
        using var actor = AuditActor.AsSystem("events");
        foreach (var d in claimed)
            if (handed.Count == 0 || await KeepHandedAsync(d, o, ct)) await RunAsync(d, o, ct);
        return claimed.Count;
    }

    /// <summary>
    /// Whether this node may run a delivery it published: yes while most of its short lease is left (the usual case, no
    /// write); otherwise only if it can still take the full lease, since another node may take it when the short one ends.
    /// </summary>
    private async Task<bool> KeepHandedAsync(EventDelivery d, EventsOptions o, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (d.NextAttemptAt - now > TimeSpan.FromSeconds(Math.Max(o.HandedLeaseSeconds, 2) / 2.0)) return true;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (id, seen, until) = (d.Id, d.NextAttemptAt, now.AddSeconds(Math.Max(o.LeaseSeconds, 10)));
        var kept = await db.Set<EventDelivery>().Where(x => x.Id == id && x.NextAttemptAt == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, until), ct) == 1;
        if (kept) d.NextAttemptAt = until;
        return kept;
    }

    /// <summary>Deliveries still to run (not dead), for the events-pending gauge.</summary>
    public async Task<int> CountPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<EventDelivery>().CountAsync(x => !x.Dead, ct);
    }

    private async Task<List<EventDelivery>> ClaimAsync(string handler, EventsOptions o, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queue = new ClaimableRows<EventDelivery>(d => !d.Dead && d.Handler == handler, "NOT \"Dead\" AND \"Handler\" = @handler",
            new Dictionary<string, object> { ["handler"] = handler });
        return await LeaseClaim.ClaimAsync(db, queue, clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(Math.Max(o.LeaseSeconds, 10)), o.BatchSize, ct);
    }

    private async Task RunAsync(EventDelivery d, EventsOptions o, CancellationToken ct)
    {
        string? error = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                var registration = handlers.Named(d.Handler) ?? throw new InvalidOperationException($"No handler {d.Handler} is registered.");
                await registration.Run(scope.ServiceProvider, d.Payload, ct);
            }
            catch (Exception x) when (!ct.IsCancellationRequested)
            {
                log.LogError(x, "Event handler {Handler} failed for {EventType} {EventId}", d.Handler, d.EventType, d.EventId);
                error = $"{d.Handler}: {x.GetType().Name}: {x.Message}";
            }
        }
        await using var finish = scopes.CreateAsyncScope();
        var db = finish.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = db.Set<EventDelivery>().Where(x => x.Id == d.Id);
        if (error is null)
        {
            await row.ExecuteDeleteAsync(CancellationToken.None);
            return;
        }
        var attempts = d.Attempts + 1;
        var dead = attempts >= Math.Max(o.MaxAttempts, 1);
        var next = clock.GetUtcNow().UtcDateTime + Backoff(attempts, o);
        var text = error.Length <= 1000 ? error : error[..1000];
        await row.ExecuteUpdateAsync(s => s.SetProperty(x => x.Attempts, attempts).SetProperty(x => x.Dead, dead)
            .SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, text), CancellationToken.None);
        if (dead)
            log.LogError("Event delivery {Id} ({EventType} to {Handler}) failed {Attempts} times and will not be tried again: {Error}",
                d.Id, d.EventType, d.Handler, attempts, text);
    }

    /// <summary>The wait before the next attempt: base × 2^(attempts−1), capped.</summary>
    public static TimeSpan Backoff(int attempts, EventsOptions o) =>
        TimeSpan.FromSeconds(Math.Min(Math.Max(o.RetryBaseSeconds, 1) * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30)), Math.Max(o.RetryMaxSeconds, 1)));
}
