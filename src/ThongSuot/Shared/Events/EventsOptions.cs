namespace ThongSuot.Shared.Events;

/// <summary>Configuration section "Events": the processor of domain events.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>
    /// How often each handler's lane looks for deliveries without being woken: those of another node, or left by a crash or a
    /// failed handler. A change saved in this process wakes the lanes at once. 0 turns the processor off (tests then call it).
    /// </summary>
    public int PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 100;
    /// <summary>A claimed delivery another processor may take over after this long (its node died mid-way).</summary>
    public int LeaseSeconds { get; set; } = 60;
    /// <summary>
    /// The lease on the deliveries a node publishes, which its lanes run from memory at once: short, so that another node
    /// takes them within seconds if this one dies before running them. A lane that reaches one late (a backlog) first takes
    /// the full <see cref="LeaseSeconds"/>, or leaves it to the node that took it.
    /// </summary>
    public int HandedLeaseSeconds { get; set; } = 10;
    /// <summary>After this many failed runs a delivery stays in the table, dead, for someone to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>The wait after the first failure; it doubles with each further one, up to <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 5;
    public int RetryMaxSeconds { get; set; } = 3600;
}
