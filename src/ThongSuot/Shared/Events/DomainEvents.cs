using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Shared.Events;

/// <summary>
/// Publishing a domain event: the changing service calls <see cref="Publish{TEvent}"/> before it saves, which adds one
/// <see cref="EventDelivery"/> per registered handler to its unit of work, so the event commits or fails with the change.
/// When that save succeeds, the deliveries go straight to the handlers' lanes on this node; other nodes find rows by polling.
/// An event nobody handles is not stored.
/// </summary>
public sealed class DomainEvents(EventHandlers handlers, TimeProvider clock, IOptionsMonitor<EventsOptions> options)
{
    public void Publish<TEvent>(AppDbContext db, TEvent e) where TEvent : class
    {
        var registrations = handlers.For(typeof(TEvent));
        if (registrations.Count == 0) return;
        var eventId = Guid.CreateVersion7();
        var payload = EventJson.Write(e);
        var now = clock.GetUtcNow().UtcDateTime;
        // Leased to this node from the start: after the commit its lanes run them from memory, with no claim to write first
        // (on SQLite a claim can wait on the writer lock behind another handler's save, which the live board must not). If
        // this node dies first, another takes them when the short lease ends.
        var leased = now.AddSeconds(Math.Max(options.CurrentValue.HandedLeaseSeconds, 2));
        var deliveries = registrations.Select(r => new EventDelivery
        {
            EventId = eventId, EventType = r.EventType, Payload = payload, Handler = r.Handler, CreatedAt = now, NextAttemptAt = leased,
        }).ToList();
        db.AddRange(deliveries);

        EventHandler<SavedChangesEventArgs>? saved = null;
        saved = (_, _) =>
        {
            db.SavedChanges -= saved;
            // SavedChanges: the rows are committed, unless the caller holds a transaction of its own (none of the publishers does).
            foreach (var d in deliveries) handlers.Hand(d);
        };
        db.SavedChanges += saved;
    }
}
