namespace ThongSuot.Features.Audit;

/// <summary>Marker for the audit page's texts; AuditText.en.resx holds the English.</summary>
public sealed class AuditText;
