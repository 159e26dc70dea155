namespace ThongSuot.Features.Duty;

/// <summary>Marker for the duty pages' English texts (DutyText.en.resx).</summary>
public sealed class DutyText;
