using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Shared.Events;

/// <summary>
/// Publishing a domain event: the changing service calls <see cref="Publish{TEvent}"/> before it saves, which adds one
/// <see cref="EventDelivery"/> per registered handler to its unit of work, so the event commits or fails with the change.
/// When that save succeeds, the handlers' lanes on this node are woken at once; other nodes find the rows by polling.
/// An event nobody handles is not stored.
/// </summary>
public sealed class DomainEvents(EventHandlers handlers, TimeProvider clock)
{
    public void Publish<TEvent>(AppDbContext db, TEvent e) where TEvent : class
    {
        var registrations = handlers.For(typeof(TEvent));
        if (registrations.Count == 0) return;
        var eventId = Guid.CreateVersion7();
        var payload = EventJson.Write(e);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in registrations)
            db.Add(new EventDelivery { EventId = eventId, EventType = r.EventType, Payload = payload, Handler = r.Handler, CreatedAt = now, NextAttemptAt = now });

        EventHandler<SavedChangesEventArgs>? saved = null;
        saved = (_, _) =>
        {
            db.SavedChanges -= saved;
            foreach (var r in registrations) handlers.Wake(r.Handler);
        };
        db.SavedChanges += saved;
    }
}
