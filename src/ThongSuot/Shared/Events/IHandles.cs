namespace ThongSuot.Shared.Events;

/// <summary>
/// Reacts to a committed domain event, in a scope of its own, after the commit. It may run more than once for one event
/// (its node died before recording the outcome), so it must be idempotent. Register it in the subscribing feature's setup
/// with <c>services.AddEventHandler&lt;TEvent, THandler&gt;()</c>.
/// </summary>
public interface IHandles<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent e, CancellationToken ct);
}
