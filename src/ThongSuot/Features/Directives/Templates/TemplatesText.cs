namespace ThongSuot.Features.Directives.Templates;

/// <summary>Marker for the English texts of templates, "new campaign from template" and "copy last year's" (TemplatesText.en.resx).</summary>
public sealed class TemplatesText;
