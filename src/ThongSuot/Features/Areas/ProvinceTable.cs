namespace ThongSuot.Features.Areas;

/// <summary>
/// Provinces and centrally-run cities as reference data. Codes are the official two-digit statistical codes.
/// After the 2025 reform (Resolution 202/2025/QH15, codes per Decision 19/2025/QĐ-TTg) a merged province
/// keeps the code of the former province that hosts its seat, e.g. Quảng Trị takes 44 (ex-Quảng Bình, Đồng Hới).
/// The seat-to-code mapping is from memory of that decision: check it against the published list before relying on it.
/// </summary>
internal static class ProvinceTable
{
    /// <summary>The day the pre-reform rows start: "since forever" for the purpose of old records.</summary>
    public static readonly DateOnly Historical = new(1900, 1, 1);
    /// <summary>Thừa Thiên Huế became the centrally-run city of Huế (Resolution 1314/NQ-UBTVQH15).</summary>
    public static readonly DateOnly HueCity = new(2025, 1, 1);

    private const AreaKind P = AreaKind.Province, C = AreaKind.CentralCity;

    /// <summary>The 34 units from 1 July 2025: 28 provinces and 6 centrally-run cities.</summary>
    public static readonly (string Code, string Name, AreaKind Kind)[] Current =
    [
        ("01", "Hà Nội", C), ("04", "Cao Bằng", P), ("08", "Tuyên Quang", P), ("11", "Điện Biên", P),
        ("12", "Lai Châu", P), ("14", "Sơn La", P), ("15", "Lào Cai", P), ("19", "Thái Nguyên", P),
        ("20", "Lạng Sơn", P), ("22", "Quảng Ninh", P), ("24", "Bắc Ninh", P), ("25", "Phú Thọ", P),
        ("31", "Hải Phòng", C), ("33", "Hưng Yên", P), ("37", "Ninh Bình", P), ("38", "Thanh Hóa", P),
        ("40", "Nghệ An", P), ("42", "Hà Tĩnh", P), ("44", "Quảng Trị", P), ("46", "Huế", C),
        ("48", "Đà Nẵng", C), ("51", "Quảng Ngãi", P), ("52", "Gia Lai", P), ("56", "Khánh Hòa", P),
        ("66", "Đắk Lắk", P), ("68", "Lâm Đồng", P), ("75", "Đồng Nai", P), ("79", "Hồ Chí Minh", C),
        ("80", "Tây Ninh", P), ("82", "Đồng Tháp", P), ("86", "Vĩnh Long", P), ("91", "An Giang", P),
        ("92", "Cần Thơ", C), ("96", "Cà Mau", P),
    ];

    /// <summary>The 63 units before 1 July 2025 (Huế counted once: a province until 2025, then a city for six months).</summary>
    public static readonly (string Code, string Name, AreaKind Kind)[] Former =
    [
        ("01", "Hà Nội", C), ("02", "Hà Giang", P), ("04", "Cao Bằng", P), ("06", "Bắc Kạn", P),
        ("08", "Tuyên Quang", P), ("10", "Lào Cai", P), ("11", "Điện Biên", P), ("12", "Lai Châu", P),
        ("14", "Sơn La", P), ("15", "Yên Bái", P), ("17", "Hòa Bình", P), ("19", "Thái Nguyên", P),
        ("20", "Lạng Sơn", P), ("22", "Quảng Ninh", P), ("24", "Bắc Giang", P), ("25", "Phú Thọ", P),
        ("26", "Vĩnh Phúc", P), ("27", "Bắc Ninh", P), ("30", "Hải Dương", P), ("31", "Hải Phòng", C),
        ("33", "Hưng Yên", P), ("34", "Thái Bình", P), ("35", "Hà Nam", P), ("36", "Nam Định", P),
        ("37", "Ninh Bình", P), ("38", "Thanh Hóa", P), ("40", "Nghệ An", P), ("42", "Hà Tĩnh", P),
        ("44", "Quảng Bình", P), ("45", "Quảng Trị", P), ("46", "Thừa Thiên Huế", P), ("48", "Đà Nẵng", C),
        ("49", "Quảng Nam", P), ("51", "Quảng Ngãi", P), ("52", "Bình Định", P), ("54", "Phú Yên", P),
        ("56", "Khánh Hòa", P), ("58", "Ninh Thuận", P), ("60", "Bình Thuận", P), ("62", "Kon Tum", P),
        ("64", "Gia Lai", P), ("66", "Đắk Lắk", P), ("67", "Đắk Nông", P), ("68", "Lâm Đồng", P),
        ("70", "Bình Phước", P), ("72", "Tây Ninh", P), ("74", "Bình Dương", P), ("75", "Đồng Nai", P),
        ("77", "Bà Rịa - Vũng Tàu", P), ("79", "Hồ Chí Minh", C), ("80", "Long An", P), ("82", "Tiền Giang", P),
        ("83", "Bến Tre", P), ("84", "Trà Vinh", P), ("86", "Vĩnh Long", P), ("87", "Đồng Tháp", P),
        ("89", "An Giang", P), ("91", "Kiên Giang", P), ("92", "Cần Thơ", C), ("93", "Hậu Giang", P),
        ("94", "Sóc Trăng", P), ("95", "Bạc Liêu", P), ("96", "Cà Mau", P),
    ];

    /// <summary>Every row the catalogue ensures, with its validity.</summary>
    public static IEnumerable<Area> All()
    {
        foreach (var (code, name, kind) in Current)
            yield return new Area { Code = code, Name = name, Kind = kind, ValidFrom = Area.Reform2025 };
        foreach (var (code, name, kind) in Former)
            yield return new Area
            {
                Code = code, Name = name, Kind = kind, ValidFrom = Historical,
                ValidTo = code == "46" ? HueCity : Area.Reform2025,
            };
        yield return new Area { Code = "46", Name = "Huế", Kind = C, ValidFrom = HueCity, ValidTo = Area.Reform2025 };
    }
}
