namespace ThongSuot.Features.Incidents;

/// <summary>Marker for the English strings of the SLA and escalation parts of the incident page (EscalationText.en.resx).</summary>
public sealed class EscalationText;
