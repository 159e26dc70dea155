using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

/// <summary>Coordinate rules: both or neither, valid WGS 84 ranges, and inside Vietnam's bounding box (with its islands: Trường Sa reaches below 8°N) since every site is in the country.</summary>
public static class KeySiteCoordinates
{
    public const double MinLatitude = 6.5, MaxLatitude = 24, MinLongitude = 102, MaxLongitude = 118;

    public static void Validate(FieldErrors errors, double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null)
        {
            errors.Add(latitude is null ? "latitude" : "longitude", "Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.");
            return;
        }
        if (latitude is not { } lat || longitude is not { } lon) return;
        var bad = false;
        if (!double.IsFinite(lat) || lat is < -90 or > 90) { errors.Add("latitude", "Vĩ độ phải trong khoảng -90 đến 90."); bad = true; }
        if (!double.IsFinite(lon) || lon is < -180 or > 180) { errors.Add("longitude", "Kinh độ phải trong khoảng -180 đến 180."); bad = true; }
        if (bad) return;
        if (lat is < MinLatitude or > MaxLatitude)
            errors.Add("latitude", $"Vĩ độ {lat} nằm ngoài lãnh thổ Việt Nam (khoảng {MinLatitude}–{MaxLatitude}); hãy kiểm tra lại, có thể đã nhập đảo vĩ độ và kinh độ.");
        if (lon is < MinLongitude or > MaxLongitude)
            errors.Add("longitude", $"Kinh độ {lon} nằm ngoài lãnh thổ Việt Nam (khoảng {MinLongitude}–{MaxLongitude}); hãy kiểm tra lại, có thể đã nhập đảo vĩ độ và kinh độ.");
    }
}
