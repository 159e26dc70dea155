namespace ThongSuot.Features.Compliance;

/// <summary>What the inbox and the board show for an assignment: its stored status, with "overdue" worked out from the date.</summary>
public enum ComplianceState { NotAcknowledged, Acknowledged, Reported, Returned, Accepted, Overdue }

public static class ComplianceStates
{
    /// <summary>
    /// A report is due by the end of its due day in Vietnam; from the next day an assignment still waiting for the
    /// recipient (not acknowledged, acknowledged or returned) is overdue. A submitted report waits for the coordinator,
    /// so it is never overdue.
    /// </summary>
    public static ComplianceState Of(AssignmentStatus status, DateOnly dueDate, DateOnly todayInVietnam) => status switch
    {
        AssignmentStatus.Accepted => ComplianceState.Accepted,
        AssignmentStatus.Submitted => ComplianceState.Reported,
        _ when todayInVietnam > dueDate => ComplianceState.Overdue,
        AssignmentStatus.Pending => ComplianceState.NotAcknowledged,
        AssignmentStatus.Acknowledged => ComplianceState.Acknowledged,
        _ => ComplianceState.Returned,
    };

    public static ComplianceState Of(this ComplianceAssignment a, DateOnly todayInVietnam) => Of(a.Status, a.DueDate, todayInVietnam);

    public static string Vietnamese(this ComplianceState state) => state switch
    {
        ComplianceState.NotAcknowledged => "Chưa xác nhận",
        ComplianceState.Acknowledged => "Đã nhận",
        ComplianceState.Reported => "Đã báo cáo",
        ComplianceState.Returned => "Bị trả lại",
        ComplianceState.Accepted => "Đã chấp thuận",
        _ => "Quá hạn",
    };

    /// <summary>Bootstrap badge colour for the state.</summary>
    public static string Badge(this ComplianceState state) => state switch
    {
        ComplianceState.NotAcknowledged => "bg-secondary",
        ComplianceState.Acknowledged => "bg-info text-dark",
        ComplianceState.Reported => "bg-primary",
        ComplianceState.Returned => "bg-warning text-dark",
        ComplianceState.Accepted => "bg-success",
        _ => "bg-danger",
    };
}
