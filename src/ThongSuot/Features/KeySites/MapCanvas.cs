using System.Globalization;
using System.Text.Json;

namespace ThongSuot.Features.KeySites;

/// <summary>
/// What _MapCanvas draws: the Leaflet container with its settings as data attributes, and the sites as JSON inside the
/// page, so markers appear without any further request and without tiles.
/// </summary>
public sealed record MapCanvas(MapOptions Options, IReadOnlyList<KeySiteDto> Sites, string Label, int? Zoom = null)
{
    // The default encoder escapes <, >, &, quotes and non-ASCII, so a site name can never close the <script> block.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string SitesJson => JsonSerializer.Serialize(
        Sites.Where(s => s.HasCoordinates).Select(s => new MapPoint(
            s.Id, s.Name, s.Kind.ToString(), s.Kind.DisplayName(), s.AreaName, s.Address, s.Latitude!.Value, s.Longitude!.Value)),
        Json);

    public string CenterLatitude => Options.CenterLatitude.ToString(CultureInfo.InvariantCulture);
    public string CenterLongitude => Options.CenterLongitude.ToString(CultureInfo.InvariantCulture);
    public string InitialZoom => (Zoom ?? Options.Zoom).ToString(CultureInfo.InvariantCulture);

    private sealed record MapPoint(Guid Id, string Name, string Kind, string KindName, string? AreaName, string? Address, double Lat, double Lon);
}
