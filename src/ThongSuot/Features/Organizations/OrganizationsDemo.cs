using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;
using K = ThongSuot.Features.Organizations.OrganizationKind;

namespace ThongSuot.Features.Organizations;

/// <summary>
/// Demo organisations of Quảng Trị after the 2025 reform. Organisation names are real; every person, phone number
/// and e-mail address is invented. Safe to run again: existing short names are completed, never duplicated.
/// </summary>
public static class OrganizationsDemo
{
    private sealed record Demo(string ShortName, string Name, K Kind, string? Parent, string Phone, string Hotline, string Address, string[] Areas, (string Name, string Title)[] People);

    private const string Province = "Quảng Trị";

    private static readonly Demo[] Organizations =
    [
        new("SKHCN", "Sở Khoa học và Công nghệ tỉnh Quảng Trị", K.ProvincialDepartment, null, "0233 3900 101", "0233 3900 199", "Đồng Hới, Quảng Trị", [Province], [("Nguyễn Văn An", "Phó Giám đốc Sở"), ("Trần Thị Bình", "Trưởng phòng Bưu chính, Viễn thông")]),
        new("VIETTEL", "Viettel Quảng Trị", K.TelecomOperator, null, "0233 3900 111", "0233 3900 118", "Đồng Hới, Quảng Trị", [Province], [("Lê Văn Cường", "Phó Giám đốc"), ("Phạm Thị Dung", "Trưởng phòng Kỹ thuật")]),
        new("VNPT", "VNPT Quảng Trị", K.TelecomOperator, null, "0233 3900 121", "0233 3900 128", "Đồng Hới, Quảng Trị", [Province], [("Hoàng Văn Em", "Phó Giám đốc"), ("Vũ Thị Giang", "Trưởng Trung tâm Điều hành thông tin")]),
        new("UBND", "Ủy ban nhân dân tỉnh Quảng Trị", K.ProvincialPeoplesCommittee, null, "0233 3900 001", "0233 3900 009", "Đồng Hới, Quảng Trị", [Province], [("Đặng Văn Hải", "Chánh Văn phòng")]),
        new("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị", K.ProvincialDepartment, "UBND", "0233 3900 141", "0233 3900 149", "Đồng Hới, Quảng Trị", [Province], [("Bùi Thị Hoa", "Phó Giám đốc Sở"), ("Đỗ Văn Khánh", "Chuyên viên")]),
        new("CAT", "Công an tỉnh Quảng Trị", K.Police, null, "0233 3900 151", "0233 3900 113", "Đồng Hới, Quảng Trị", [Province], [("Ngô Văn Lâm", "Trưởng phòng An ninh mạng"), ("Dương Thị Mai", "Cán bộ trực ban")]),
        new("BCHQS", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị", K.MilitaryCommand, null, "0233 3900 161", "0233 3900 169", "Đồng Hới, Quảng Trị", [Province], [("Lý Văn Nam", "Trưởng ban Thông tin")]),
        new("MOBIFONE", "MobiFone Quảng Trị", K.TelecomOperator, null, "0233 3900 171", "0233 3900 178", "Đông Hà, Quảng Trị", [Province], [("Trịnh Thị Oanh", "Giám đốc"), ("Mai Văn Phúc", "Tổ trưởng kỹ thuật")]),
        new("VNMOBILE", "Vietnamobile Quảng Trị", K.TelecomOperator, null, "0233 3900 181", "0233 3900 188", "Đông Hà, Quảng Trị", [Province], [("Cao Văn Quang", "Phụ trách kỹ thuật")]),
        new("FPT", "FPT Telecom Quảng Trị", K.InternetProvider, null, "0233 3900 191", "0233 3900 198", "Đồng Hới, Quảng Trị", [Province], [("Tạ Thị Thu", "Giám đốc chi nhánh"), ("Lương Văn Sơn", "Trưởng nhóm hạ tầng")]),
        new("BDT", "Bưu điện tỉnh Quảng Trị (VNPost)", K.PostalOperator, null, "0233 3900 201", "0233 3900 209", "Đồng Hới, Quảng Trị", [Province], [("Phan Văn Tài", "Phó Giám đốc")]),
        new("VTPOST", "Viettel Post Quảng Trị", K.PostalOperator, null, "0233 3900 211", "0233 3900 219", "Đông Hà, Quảng Trị", [Province], [("Hồ Thị Uyên", "Giám đốc chi nhánh")]),
        new("VTVCAB", "VTVcab Quảng Trị", K.PayTvOperator, null, "0233 3900 221", "0233 3900 229", "Đồng Hới, Quảng Trị", [Province], [("Kiều Văn Việt", "Trưởng đại diện")]),
        new("TTCNTT", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Quảng Trị", K.ItCommunicationsCentre, "SKHCN", "0233 3900 231", "0233 3900 239", "Đồng Hới, Quảng Trị", [Province], [("Chu Văn Xuân", "Giám đốc Trung tâm"), ("La Thị Yến", "Kỹ sư hệ thống")]),
        new("DUCSC", "Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Quảng Trị", K.IncidentResponseTeam, "SKHCN", "0233 3900 241", "0233 3900 249", "Đồng Hới, Quảng Trị", [Province], [("Âu Văn Bảo", "Đội trưởng"), ("Thân Thị Cúc", "Thành viên trực")]),
        new("UBND-DONGHOI", "Ủy ban nhân dân phường Đồng Hới", K.CommunePeoplesCommittee, "UBND", "0233 3900 301", "0233 3900 309", "Phường Đồng Hới, Quảng Trị", ["Phường Đồng Hới"], [("Nguyễn Thị Diệu", "Phó Chủ tịch"), ("Trần Văn Đức", "Công chức văn hóa - xã hội")]),
        new("UBND-DONGHA", "Ủy ban nhân dân phường Đông Hà", K.CommunePeoplesCommittee, "UBND", "0233 3900 311", "0233 3900 319", "Phường Đông Hà, Quảng Trị", ["Phường Đông Hà"], [("Lê Thị Hằng", "Phó Chủ tịch")]),
        new("UBND-CONCO", "Ủy ban nhân dân đặc khu Cồn Cỏ", K.CommunePeoplesCommittee, "UBND", "0233 3900 321", "0233 3900 329", "Đặc khu Cồn Cỏ, Quảng Trị", ["Đặc khu Cồn Cỏ"], [("Phạm Văn Hùng", "Chủ tịch"), ("Võ Thị Kim", "Văn phòng")]),
        new("UBND-LAOBAO", "Ủy ban nhân dân xã Lao Bảo", K.CommunePeoplesCommittee, "UBND", "0233 3900 331", "0233 3900 339", "Xã Lao Bảo, Quảng Trị", ["Xã Lao Bảo"], [("Hoàng Văn Lộc", "Phó Chủ tịch")]),
        new("UBND-QUANGTRI", "Ủy ban nhân dân phường Quảng Trị", K.CommunePeoplesCommittee, "UBND", "0233 3900 341", "0233 3900 349", "Phường Quảng Trị, Quảng Trị", ["Phường Quảng Trị"], [("Vũ Văn Minh", "Phó Chủ tịch")]),
        new("DTT-DONGHOI", "Đài truyền thanh cơ sở phường Đồng Hới", K.GrassrootsRadio, "UBND-DONGHOI", "0233 3900 351", "0233 3900 359", "Phường Đồng Hới, Quảng Trị", ["Phường Đồng Hới"], [("Đinh Thị Ngọc", "Phụ trách đài")]),
    ];

    /// <summary>Adds the demo organisations that are missing and completes the three the demo seeder creates; returns how many were added.</summary>
    public static async Task<int> SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var byShortName = await db.Set<Organization>().Include(o => o.People).Include(o => o.Areas).ToDictionaryAsync(o => o.ShortName, ct);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.ValidTo == null).Select(a => new { a.Id, a.Name, a.Kind, a.ParentId }).ToListAsync(ct);
        var province = areas.FirstOrDefault(a => a.Kind == AreaKind.Province && (Matches(a.Name, Province) || Matches(a.Name, "Tỉnh " + Province)));
        var added = 0;
        for (var index = 0; index < Organizations.Length; index++)
        {
            var demo = Organizations[index];
            if (!byShortName.TryGetValue(demo.ShortName, out var org))
            {
                org = new Organization { ShortName = demo.ShortName, Name = demo.Name, Kind = demo.Kind };
                db.Add(org);
                byShortName[demo.ShortName] = org;
                added++;
            }
            if (demo.Parent is not null && org.ParentId is null && byShortName.TryGetValue(demo.Parent, out var parent)) org.ParentId = parent.Id;
            org.Phone ??= demo.Phone;
            org.Hotline ??= demo.Hotline;
            org.Address ??= demo.Address;
            org.Email ??= $"lienhe.{demo.ShortName.ToLowerInvariant().Replace("-", ".")}@quangtri.example";
            // Added through the context: a Person's Guid key is set on construction, so EF would take it for an existing row.
            if (org.People.Count == 0)
                db.AddRange(demo.People.Select((p, i) => new Person
                {
                    OrganizationId = org.Id, FullName = p.Name, Title = p.Title,
                    Phone = $"0233 3910 {index:00}{i}",
                    Email = $"{TextSearch.Normalize(p.Name).Replace(" ", ".")}@quangtri.example",
                }));
            if (org.Areas.Count == 0)
            {
                foreach (var name in demo.Areas)
                {
                    // Communes are looked up by name inside the province; whatever the areas import did not load is skipped.
                    var area = name == Province ? province
                        : areas.FirstOrDefault(a => a.Kind is not (AreaKind.Province or AreaKind.CentralCity) && a.ParentId == province?.Id
                            && (Matches(a.Name, name) || Matches($"{a.Kind.VietnameseName()} {a.Name}", name)));
                    if (area is not null) org.Areas.Add(new OrganizationArea { OrganizationId = org.Id, AreaId = area.Id });
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static bool Matches(string areaName, string wanted)
    {
        var a = TextSearch.Normalize(areaName);
        var w = TextSearch.Normalize(wanted);
        return a == w;
    }
}
