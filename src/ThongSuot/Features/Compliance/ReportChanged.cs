namespace ThongSuot.Features.Compliance;

public enum ReportChange { Submitted, Returned, Accepted }

/// <summary>
/// A report was submitted, or its review returned or accepted it (<see cref="Shared.Events.DomainEvents"/>): committed with
/// the change, so the other side is told (<see cref="ReportNotifications"/>) only if it holds.
/// </summary>
public sealed record ReportChanged(Guid AssignmentId, Guid ReportId, int Version, ReportChange What, DateTime At);
