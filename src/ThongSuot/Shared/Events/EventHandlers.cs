using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThongSuot.Shared.Events;

/// <summary>One handler of one event type, as <c>AddEventHandler</c> registered it; <see cref="Run"/> reads the payload and calls it.</summary>
public sealed record EventHandlerRegistration(Type Event, string Handler, Func<IServiceProvider, string, CancellationToken, Task> Run)
{
    public string EventType => EventJson.TypeName(Event);
}

/// <summary>The payload of a delivery: the event record as JSON, enums by name so a stored row reads plainly.</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string TypeName(Type eventType) => eventType.Name;
    public static string Write(object e) => JsonSerializer.Serialize(e, e.GetType(), Options);
    public static T Read<T>(string payload) => JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException("Empty event payload.");
}

/// <summary>
/// The registered handlers, and one wake-up signal per handler: each handler has a lane of its own on the processor, so a
/// fast one (the live board) never waits behind a slow one (notifications that write many outbox rows).
/// </summary>
public sealed class EventHandlers
{
    private readonly Dictionary<Type, EventHandlerRegistration[]> byEvent;
    private readonly Dictionary<string, EventHandlerRegistration> byHandler;
    private readonly Dictionary<string, SemaphoreSlim> wakes;
    private readonly Dictionary<string, System.Collections.Concurrent.ConcurrentQueue<EventDelivery>> handed;

    public EventHandlers(IEnumerable<EventHandlerRegistration> registrations)
    {
        var all = registrations.ToList();
        var twice = all.GroupBy(r => r.Handler).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"Event handler {twice.Key} is registered twice; a handler handles one event type.");
        byEvent = all.GroupBy(r => r.Event).ToDictionary(g => g.Key, g => g.ToArray());
        byHandler = all.ToDictionary(r => r.Handler);
        wakes = all.ToDictionary(r => r.Handler, _ => new SemaphoreSlim(0, 1));
        handed = all.ToDictionary(r => r.Handler, _ => new System.Collections.Concurrent.ConcurrentQueue<EventDelivery>());
    }

    public IReadOnlyCollection<string> Names => byHandler.Keys;

    public IReadOnlyList<EventHandlerRegistration> For(Type eventType) => byEvent.GetValueOrDefault(eventType) ?? [];

    public EventHandlerRegistration? Named(string handler) => byHandler.GetValueOrDefault(handler);

    public void Wake(string handler)
    {
        // One pending wake-up is enough: the lane takes every due delivery when it runs.
        try { wakes[handler].Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>A delivery committed on this node and leased to it: its lane runs it next, without claiming it.</summary>
    public void Hand(EventDelivery delivery)
    {
        handed[delivery.Handler].Enqueue(delivery);
        Wake(delivery.Handler);
    }

    /// <summary>The deliveries handed to the handler's lane so far, in commit order.</summary>
    public List<EventDelivery> TakeHanded(string handler)
    {
        var taken = new List<EventDelivery>();
        while (handed[handler].TryDequeue(out var d)) taken.Add(d);
        return taken;
    }

    public void WakeAll()
    {
        foreach (var handler in wakes.Keys) Wake(handler);
    }

    /// <summary>Returns when the handler's lane is woken or after <paramref name="timeout"/>.</summary>
    public Task WaitAsync(string handler, TimeSpan timeout, CancellationToken ct) => wakes[handler].WaitAsync(timeout, ct);
}
