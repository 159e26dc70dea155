using ThongSuot.Data;

namespace ThongSuot.Features.Incidents;

/// <summary>Configuration section "Incidents:Events".</summary>
public sealed class IncidentEventsOptions
{
    public const string Section = "Incidents:Events";

    /// <summary>
    /// How often the processor looks for events without being woken: those of another app instance, or left by a crash or a
    /// failed listener. A change saved in this process wakes it at once. 0 turns the processor off (tests then call it).
    /// </summary>
    public int PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 100;
    /// <summary>A claimed event another processor may take over after this long (its node died mid-way).</summary>
    public int LeaseSeconds { get; set; } = 60;
    /// <summary>After this many failed runs an event stays in the table, no longer tried, for someone to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
}

/// <summary>
/// Publishing an incident change: the change's service adds an <see cref="IncidentEvent"/> to its unit of work before it
/// saves, so the event commits with the change; when that save succeeds the processor is woken. The listeners then run off
/// the request, so a report is answered as soon as it is stored.
/// </summary>
public sealed class IncidentEvents
{
    private readonly SemaphoreSlim wake = new(0, 1);

    /// <summary>A change saved in this process, at once: for the live board, which needs no durability (boards reload on reconnect).</summary>
    public event Action<IncidentChange>? Committed;

    public void Publish(AppDbContext db, IncidentChange change)
    {
        db.Add(IncidentEvent.From(change));
        EventHandler<Microsoft.EntityFrameworkCore.SavedChangesEventArgs>? saved = null;
        saved = (_, _) =>
        {
            db.SavedChanges -= saved;
            Wake();
            Committed?.Invoke(change);
        };
        db.SavedChanges += saved;
    }

    public void Wake()
    {
        // One pending wake-up is enough: the processor takes every due event when it runs.
        try { wake.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Returns when woken or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
