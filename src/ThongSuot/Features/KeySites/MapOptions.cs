namespace ThongSuot.Features.KeySites;

/// <summary>The map's tile source and starting view (configuration section "Map"). An empty TileUrl means no tile layer: markers only.</summary>
public sealed class MapOptions
{
    public string? TileUrl { get; set; }
    public string? Attribution { get; set; }
    public double CenterLatitude { get; set; } = 16.8;
    public double CenterLongitude { get; set; } = 106.9;
    public int Zoom { get; set; } = 8;

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);
}
