using System.Text.Json.Serialization;

namespace ThongSuot.Features.KeySites;

/// <summary>What a client sends to create or change a key site. Kind is the enum name as text so an unknown value is a field error, not a parse failure.</summary>
public sealed record KeySiteRequest(
    string? Name,
    string? Kind,
    Guid? AreaId,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? Notes);

/// <summary>A key site as the API and pages show it.</summary>
public sealed record KeySiteDto(
    Guid Id,
    string Name,
    KeySiteKind Kind,
    string KindName,
    Guid? AreaId,
    string? AreaName,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    [JsonIgnore]
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>Filters of the list: free text (diacritics-insensitive), kind name, area.</summary>
public sealed record KeySiteQuery(string? Q = null, string? Kind = null, Guid? AreaId = null);

/// <summary>GeoJSON (RFC 7946) shapes for the map endpoint; coordinates are [longitude, latitude].</summary>
/// <summary>A GeoJSON FeatureCollection.</summary>
public sealed record KeySitesGeoJson(IReadOnlyList<GeoJsonFeature> Features)
{
    public string Type => "FeatureCollection";
}

public sealed record GeoJsonFeature(Guid Id, GeoJsonPoint Geometry, GeoJsonSiteProperties Properties)
{
    public string Type => "Feature";
}

public sealed record GeoJsonPoint(double[] Coordinates)
{
    public string Type => "Point";
}

public sealed record GeoJsonSiteProperties(string Name, KeySiteKind Kind, string KindName, string? AreaName, string? Address);
