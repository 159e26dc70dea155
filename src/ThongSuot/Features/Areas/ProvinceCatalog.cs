using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Features.Areas;

/// <summary>The 34 provinces and centrally-run cities from 1 July 2025, and the 63 before it, ensured at every start.</summary>
public static class ProvinceCatalog
{
    /// <summary>The province of the demo data: Quảng Trị after the merger with Quảng Bình.</summary>
    public const string QuangTriCode = "44";

    /// <summary>Adds the rows that are missing; never changes existing ones (an admin may have corrected a name).</summary>
    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        var provinceKinds = AreaKinds.OfLevel(AreaLevel.Province);
        var present = (await db.Set<Area>().AsNoTracking()
                .Where(a => provinceKinds.Contains(a.Kind))
                .Select(a => new { a.Code, a.ValidFrom })
                .ToListAsync(ct))
            .Select(a => (a.Code, a.ValidFrom))
            .ToHashSet();
        var missing = ProvinceTable.All().Where(a => !present.Contains((a.Code, a.ValidFrom))).ToList();
        if (missing.Count == 0) return;
        db.AddRange(missing);
        await db.SaveChangesAsync(ct);
    }
}
