using System.Diagnostics.Metrics;

namespace ThongSuot.Shared.Telemetry;

/// <summary>
/// The app's own instruments, on the one meter <see cref="MeterName"/>. Static on purpose: features record with one line
/// and no injected dependency; the meter costs nothing while no exporter listens.
/// </summary>
public static class AppMetrics
{
    public const string MeterName = "ThongSuot";
    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> IncidentsReported = Meter.CreateCounter<long>(
        "thongsuot.incidents.reported", "{incident}", "Incidents reported (every channel).");
    private static readonly Counter<long> Notifications = Meter.CreateCounter<long>(
        "thongsuot.notifications", "{message}", "Outbox deliveries by outcome (sent, failed, dead) and channel.");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>(
        "thongsuot.reminders.sent", "{notification}", "Reminders queued, by kind (compliance, shift).");
    private static readonly UpDownCounter<long> HubConnections = Meter.CreateUpDownCounter<long>(
        "thongsuot.signalr.connections", "{connection}", "Open SignalR connections on this node, by hub.");

    private static long eventsPending;
    private static Func<bool> leader = () => false;

    static AppMetrics()
    {
        Meter.CreateObservableGauge("thongsuot.leader", () => leader() ? 1 : 0, "{node}", "Whether this node runs the periodic jobs.");
        Meter.CreateObservableGauge("thongsuot.events.pending", () => Interlocked.Read(ref eventsPending),
            "{event}", "Event deliveries waiting for their handlers (not dead), as last counted on this node.");
    }

    public static void IncidentReported(string channel) => IncidentsReported.Add(1, new KeyValuePair<string, object?>("channel", channel));

    /// <summary>One delivery attempt's outcome: "sent", "failed" or "dead".</summary>
    public static void NotificationDelivered(string channel, string outcome) =>
        Notifications.Add(1, new("channel", channel), new("outcome", outcome));

    public static void RemindersSent(string kind, int count)
    {
        if (count > 0) Reminders.Add(count, new KeyValuePair<string, object?>("kind", kind));
    }

    /// <summary>The gauge "thongsuot.leader" reads this node's election: 1 while it runs the periodic jobs, else 0.</summary>
    public static void ObserveLeader(Func<bool> isLeader) => leader = isLeader;

    public static void SetEventsPending(long count) => Interlocked.Exchange(ref eventsPending, count);

    internal static void HubConnected(string hub) => HubConnections.Add(1, new KeyValuePair<string, object?>("hub", hub));

    internal static void HubDisconnected(string hub) => HubConnections.Add(-1, new KeyValuePair<string, object?>("hub", hub));
}
