namespace ThongSuot.Shared;

/// <summary>Marker for the layout's and shared pages' texts. Keys are the Vietnamese text; SharedText.en.resx holds English.</summary>
public sealed class SharedText;
