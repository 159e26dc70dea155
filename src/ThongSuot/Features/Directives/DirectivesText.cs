namespace ThongSuot.Features.Directives;

/// <summary>Marker for the directive pages' English texts (DirectivesText.en.resx).</summary>
public sealed class DirectivesText;
