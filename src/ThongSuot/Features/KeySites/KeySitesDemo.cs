using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;

namespace ThongSuot.Features.KeySites;

/// <summary>
/// Real key sites of Quảng Trị as merged on 1 July 2025 (with the former Quảng Bình), at approximate coordinates.
/// Adds only the sites whose names are not there yet, so it can run again safely.
/// </summary>
public static class KeySitesDemo
{
    private static readonly (string Name, KeySiteKind Kind, string Address, double Lat, double Lon, string? Notes)[] Sites =
    [
        ("Thành cổ Quảng Trị", KeySiteKind.RelicScenicSite, "Đường Lê Duẩn, phường Quảng Trị", 16.7507, 107.1889, "Đông người dịp lễ 30/4 và Rằm tháng Bảy."),
        ("Cầu Hiền Lương – sông Bến Hải", KeySiteKind.RelicScenicSite, "Quốc lộ 1, đôi bờ sông Bến Hải (Vĩnh Linh – Gio Linh)", 17.0006, 107.0536, "Lễ thượng cờ Thống nhất non sông 30/4."),
        ("Địa đạo Vịnh Mốc", KeySiteKind.RelicScenicSite, "Vĩnh Thạch, Vĩnh Linh", 17.0539, 107.1097, null),
        ("Nghĩa trang liệt sĩ quốc gia Trường Sơn", KeySiteKind.RelicScenicSite, "Gio Linh", 16.8956, 106.9461, "Đón đoàn viếng dịp 27/7 và Tết."),
        ("Cửa khẩu quốc tế Lao Bảo", KeySiteKind.BorderGate, "Quốc lộ 9, Lao Bảo, biên giới Việt Nam – Lào", 16.6211, 106.5894, null),
        ("Cửa khẩu quốc tế Cha Lo", KeySiteKind.BorderGate, "Quốc lộ 12A, Dân Hóa, biên giới Việt Nam – Lào", 17.6844, 105.7767, null),
        ("Đảo Cồn Cỏ", KeySiteKind.BorderArea, "Đặc khu Cồn Cỏ", 17.1592, 107.3406, "Liên lạc với đất liền qua vi ba và cáp quang biển."),
        ("Quảng trường Hồ Chí Minh – Đồng Hới", KeySiteKind.FireworksSite, "Bờ sông Nhật Lệ, phường Đồng Hới", 17.4702, 106.6236, "Điểm bắn pháo hoa đêm Giao thừa."),
        ("Quảng trường Đông Hà – bờ sông Hiếu", KeySiteKind.FireworksSite, "Đường Hùng Vương, phường Đông Hà", 16.8219, 107.0989, "Điểm bắn pháo hoa đêm Giao thừa."),
        ("Bãi biển Nhật Lệ – Lễ hội Hang động", KeySiteKind.FestivalSite, "Đường Trương Pháp, phường Đồng Hới", 17.4869, 106.6342, null),
        ("Vườn quốc gia Phong Nha – Kẻ Bàng", KeySiteKind.RelicScenicSite, "Phong Nha, Bố Trạch", 17.5906, 106.2831, "Di sản thiên nhiên thế giới; sóng yếu trong hang động."),
        ("Trụ sở Tỉnh ủy – UBND tỉnh Quảng Trị", KeySiteKind.PartyStateHq, "Phường Đồng Hới", 17.4683, 106.6222, null),
        ("Chợ Đông Hà – chợ Tết", KeySiteKind.CrowdedPlace, "Đường Lê Lợi, phường Đông Hà", 16.8167, 107.1011, "Đông người những ngày giáp Tết."),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var provinceId = await db.Set<Area>().Where(a => a.Name == "Quảng Trị" && a.ValidTo == null)
            .OrderBy(a => a.Kind == AreaKind.Province ? 0 : 1).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var names = Sites.Select(s => s.Name).ToList();
        var existing = await db.Set<KeySite>().Where(s => names.Contains(s.Name)).Select(s => s.Name).ToListAsync(ct);
        foreach (var (name, kind, address, lat, lon, notes) in Sites.Where(s => !existing.Contains(s.Name)))
            db.Add(new KeySite { Name = name, Kind = kind, AreaId = provinceId, Address = address, Latitude = lat, Longitude = lon, Notes = notes });
        await db.SaveChangesAsync(ct);
    }
}
