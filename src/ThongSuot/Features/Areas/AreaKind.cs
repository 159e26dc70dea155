namespace ThongSuot.Features.Areas;

public enum AreaLevel { Province = 1, District = 2, Commune = 3 }

public enum AreaKind
{
    Province,          // tỉnh
    CentralCity,       // thành phố trực thuộc trung ương
    Commune,           // xã
    Ward,              // phường
    SpecialZone,       // đặc khu
    District,          // huyện (before 1/7/2025)
    UrbanDistrict,     // quận (before 1/7/2025)
    Town,              // thị xã (before 1/7/2025)
    ProvincialCity,    // thành phố thuộc tỉnh (before 1/7/2025)
    Township,          // thị trấn (before 1/7/2025)
}

public static class AreaKindExtensions
{
    public static AreaLevel Level(this AreaKind kind) => kind switch
    {
        AreaKind.Province or AreaKind.CentralCity => AreaLevel.Province,
        AreaKind.District or AreaKind.UrbanDistrict or AreaKind.Town or AreaKind.ProvincialCity => AreaLevel.District,
        _ => AreaLevel.Commune,
    };

    /// <summary>The Vietnamese word used before the unit's name.</summary>
    public static string VietnameseName(this AreaKind kind) => kind switch
    {
        AreaKind.Province => "Tỉnh",
        AreaKind.CentralCity => "Thành phố",
        AreaKind.Commune => "Xã",
        AreaKind.Ward => "Phường",
        AreaKind.SpecialZone => "Đặc khu",
        AreaKind.District => "Huyện",
        AreaKind.UrbanDistrict => "Quận",
        AreaKind.Town => "Thị xã",
        AreaKind.ProvincialCity => "Thành phố",
        AreaKind.Township => "Thị trấn",
        _ => kind.ToString(),
    };
}
