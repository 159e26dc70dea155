namespace ThongSuot.Features.Incidents;

/// <summary>Configuration section "Incidents:Escalation".</summary>
public sealed class EscalationOptions
{
    public const string Section = "Incidents:Escalation";

    /// <summary>Minutes between escalation steps after the first (step 1 fires at the SLA breach).</summary>
    public int StepMinutes { get; set; } = 15;
    /// <summary>How often the background scan runs; 0 turns the loop off (tests call ScanAsync).</summary>
    public int ScanSeconds { get; set; } = 30;
    /// <summary>How long the signed acknowledge link in an incident e-mail stays valid.</summary>
    public int AcknowledgeLinkHours { get; set; } = 12;
}
