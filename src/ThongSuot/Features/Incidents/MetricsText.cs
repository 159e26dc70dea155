namespace ThongSuot.Features.Incidents;

/// <summary>Marker for the English texts of the metrics, catalogue and attachment pages (MetricsText.en.resx).</summary>
public sealed class MetricsText;
