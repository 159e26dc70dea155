namespace ThongSuot.Features.Incidents;

/// <summary>
/// The incident life cycle: reported → acknowledged → responding → restored → closed; cancelled or merged from any
/// open state; a restored incident may go back to responding if the service drops again. Pure, so tests call it directly.
/// </summary>
public static class IncidentWorkflow
{
    private static readonly Dictionary<IncidentStatus, IncidentStatus[]> Next = new()
    {
        [IncidentStatus.Reported] = [IncidentStatus.Acknowledged, IncidentStatus.Cancelled, IncidentStatus.Merged],
        [IncidentStatus.Acknowledged] = [IncidentStatus.Responding, IncidentStatus.Restored, IncidentStatus.Cancelled, IncidentStatus.Merged],
        [IncidentStatus.Responding] = [IncidentStatus.Restored, IncidentStatus.Cancelled, IncidentStatus.Merged],
        [IncidentStatus.Restored] = [IncidentStatus.Closed, IncidentStatus.Responding],
        [IncidentStatus.Closed] = [],
        [IncidentStatus.Cancelled] = [],
        [IncidentStatus.Merged] = [],
    };

    public static bool IsOpen(IncidentStatus status) => status is IncidentStatus.Reported or IncidentStatus.Acknowledged or IncidentStatus.Responding;

    public static bool IsFinal(IncidentStatus status) => Next[status].Length == 0;

    public static IReadOnlyList<IncidentStatus> NextOf(IncidentStatus status) => Next[status];

    public static bool CanMove(IncidentStatus from, IncidentStatus to) => Next[from].Contains(to);

    /// <summary>Why the move is refused, in Vietnamese; null when allowed.</summary>
    public static string? Refusal(IncidentStatus from, IncidentStatus to) =>
        CanMove(from, to) ? null
        : IsFinal(from) ? $"Sự cố đã ở trạng thái \"{from.Vietnamese()}\", không chuyển trạng thái được nữa."
        : $"Không chuyển được từ \"{from.Vietnamese()}\" sang \"{to.Vietnamese()}\".";

    /// <summary>Moves the incident and stamps the step's time; the caller has checked <see cref="CanMove"/>.</summary>
    /// <param name="serviceRestoredAt">On restore: when the service came back, if earlier than now; checked by the caller.</param>
    public static void Apply(Incident incident, IncidentStatus to, DateTime now, DateTime? serviceRestoredAt = null)
    {
        if (!CanMove(incident.Status, to)) throw new InvalidOperationException(Refusal(incident.Status, to));
        incident.Status = to;
        switch (to)
        {
            case IncidentStatus.Acknowledged: incident.AcknowledgedAt ??= now; break;
            case IncidentStatus.Responding:
                incident.RespondingAt ??= now;
                // Back to responding: the service dropped again, so it is not back until the next restore.
                incident.ServiceRestoredAt = null;
                break;
            case IncidentStatus.Restored:
                incident.RestoredAt = now;
                incident.ServiceRestoredAt = serviceRestoredAt ?? now;
                // Restoring straight from acknowledged means the response happened in the same breath.
                incident.RespondingAt ??= now;
                break;
            case IncidentStatus.Closed: incident.ClosedAt = now; break;
            case IncidentStatus.Cancelled: incident.CancelledAt = now; break;
        }
    }
}
