namespace ThongSuot.Features.Compliance;

/// <summary>Marker for the compliance inbox and report pages' English texts (ComplianceText.en.resx).</summary>
public sealed class ComplianceText;
