namespace ThongSuot.Features.Incidents;

/// <summary>
/// The SLA clocks of an incident. Both start when the incident is reported to us (<see cref="Incident.CreatedAt"/>),
/// not at its <see cref="Incident.StartedAt"/>: nobody can acknowledge an outage before hearing of it, and a late
/// report must not arrive already escalated to the leaders.
/// </summary>
public sealed record SlaClock(EscalationKind Kind, DateTime Due, DateTime? MetAt, bool Running)
{
    public bool IsBreached(DateTime now) => MetAt is { } met ? met > Due : Running && now >= Due;

    /// <summary>Time left before the due time (negative once overdue); null when the clock has stopped.</summary>
    public TimeSpan? Remaining(DateTime now) => Running && MetAt is null ? Due - now : null;
}

public static class EscalationSla
{
    public const int LastStep = 3;

    public static SlaClock Acknowledge(Incident incident, IncidentSeverity severity) => Acknowledge(
        incident.CreatedAt, incident.AcknowledgedAt, incident.Status, severity.AcknowledgeMinutes);

    public static SlaClock Acknowledge(DateTime createdAt, DateTime? acknowledgedAt, IncidentStatus status, int minutes) =>
        new(EscalationKind.Acknowledge, createdAt.AddMinutes(minutes), acknowledgedAt, status == IncidentStatus.Reported);

    public static SlaClock Restore(Incident incident, IncidentSeverity severity) => Restore(
        incident.CreatedAt, incident.RestoredAt, incident.Status, severity.RestoreMinutes);

    /// <summary>A restored incident that goes back to responding runs again (the service dropped again): only open incidents run.</summary>
    public static SlaClock Restore(DateTime createdAt, DateTime? restoredAt, IncidentStatus status, int minutes) =>
        new(EscalationKind.Restore, createdAt.AddMinutes(minutes), IncidentWorkflow.IsOpen(status) ? null : restoredAt, IncidentWorkflow.IsOpen(status));

    /// <summary>
    /// When step <paramref name="step"/> is due: step 1 at the breach, each later one a full interval after the previous
    /// step actually happened, so an app that was down does not fire all three at once when it comes back.
    /// </summary>
    public static DateTime StepDue(int step, DateTime due, DateTime? previousAt, TimeSpan interval) =>
        step == 1 ? due : (previousAt ?? due) + interval;

    public static string Vietnamese(this EscalationKind kind) => kind == EscalationKind.Acknowledge ? "Tiếp nhận" : "Khôi phục";

    public static string StepName(int step) => step switch
    {
        1 => "người trực của đơn vị xử lý",
        2 => "cán bộ trực của Sở",
        _ => "lãnh đạo",
    };
}
