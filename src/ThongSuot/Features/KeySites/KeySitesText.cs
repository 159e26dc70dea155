namespace ThongSuot.Features.KeySites;

/// <summary>Marker for the key-site pages' texts; KeySitesText.en.resx holds the English.</summary>
public sealed class KeySitesText;
