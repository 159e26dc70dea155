namespace ThongSuot.Features.Areas;

/// <summary>Marker for the Areas pages' texts. Keys are the Vietnamese text; AreasText.en.resx holds English.</summary>
public sealed class AreasText;
