namespace ThongSuot.Features.Incidents;

/// <summary>Marker for the incident pages' English texts (IncidentsText.en.resx).</summary>
public sealed class IncidentsText;
