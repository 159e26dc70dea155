using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>
/// The directory as CSV. Export writes only public fields; import creates or updates by short name, all or nothing,
/// and importing an exported file changes nothing.
/// </summary>
public sealed class OrganizationsCsv(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public static readonly string[] Columns = ["short_name", "name", "kind", "parent_short_name", "phone", "email", "hotline", "address", "area_codes"];

    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        var orgs = await db.Set<Organization>().AsNoTracking()
            .Select(o => new
            {
                o.ShortName, o.Name, o.Kind, Parent = o.Parent == null ? null : o.Parent.ShortName,
                o.Phone, o.Email, o.Hotline, o.Address, Codes = o.Areas.Select(a => a.Area!.Code).ToList(),
            })
            .ToListAsync(ct);
        return CsvTable.Write(Columns, orgs.OrderBy(o => o.ShortName, StringComparer.Ordinal).Select(o => (IReadOnlyList<string?>)
            [o.ShortName, o.Name, o.Kind.ToString(), o.Parent, o.Phone, o.Email, o.Hotline, o.Address, string.Join('|', o.Codes.Order(StringComparer.Ordinal))]));
    }

    public async Task<ServiceResult<OrganizationImportReport>> ImportAsync(string text, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden("Chỉ Quản trị và Điều phối được nhập tổ chức từ CSV.");
        var (rows, fileErrors) = CsvTable.Read(text, Columns);
        if (fileErrors.Count > 0) return Failed(fileErrors);

        var existing = await db.Set<Organization>().Include(o => o.Areas).ToDictionaryAsync(o => o.ShortName, StringComparer.Ordinal, ct);
        var areaRows = await db.Set<Area>().AsNoTracking().Select(a => new { a.Code, a.Id, a.ValidTo, a.ValidFrom }).ToListAsync(ct);
        // A code may exist before and after the reform: the current unit wins.
        var areasByCode = areaRows.GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.ValidTo is null ? 0 : 1).ThenByDescending(a => a.ValidFrom).First().Id, StringComparer.OrdinalIgnoreCase);

        var errors = new List<CsvLineError>();
        var parsed = new List<OrganizationCsvRow>();
        var lineOfShortName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var line = OrganizationCsvRow.Parse(row, areasByCode, errors);
            if (line is null) continue;
            if (lineOfShortName.TryGetValue(line.ShortName, out var first))
                errors.Add(new(row.Line, "short_name", $"Tên viết tắt {line.ShortName} trùng với dòng {first}."));
            else
            {
                lineOfShortName[line.ShortName] = row.Line;
                parsed.Add(line);
            }
        }
        CheckParents(parsed, existing, errors);
        if (errors.Count > 0) return Failed(errors);
        return await ApplyAsync(parsed, existing, ct);
    }

    /// <summary>Parents may be defined later in the file; the resulting tree, file and database together, must have no loop.</summary>
    private static void CheckParents(List<OrganizationCsvRow> rows, Dictionary<string, Organization> existing, List<CsvLineError> errors)
    {
        var byId = existing.Values.ToDictionary(o => o.Id, o => o.ShortName);
        var parentOf = existing.Values.ToDictionary(o => o.ShortName, o => o.ParentId is { } p ? byId.GetValueOrDefault(p) : null, StringComparer.Ordinal);
        foreach (var row in rows) parentOf[row.ShortName] = row.ParentShortName;
        foreach (var row in rows.Where(r => r.ParentShortName is not null))
        {
            if (!parentOf.ContainsKey(row.ParentShortName!))
            {
                errors.Add(new(row.Line, "parent_short_name", $"Không tìm thấy đơn vị cấp trên {row.ParentShortName}."));
                continue;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var current = row.ParentShortName; current is not null; current = parentOf.GetValueOrDefault(current))
            {
                if (current == row.ShortName || !seen.Add(current))
                {
                    errors.Add(new(row.Line, "parent_short_name", $"Đơn vị cấp trên {row.ParentShortName} tạo thành vòng lặp."));
                    break;
                }
            }
        }
    }

    private async Task<ServiceResult<OrganizationImportReport>> ApplyAsync(List<OrganizationCsvRow> rows, Dictionary<string, Organization> existing, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var created = 0;
        foreach (var row in rows.Where(r => !existing.ContainsKey(r.ShortName)))
        {
            var org = new Organization { Name = row.Name, ShortName = row.ShortName, CreatedAt = now, UpdatedAt = now };
            existing[row.ShortName] = org;
            db.Add(org);
            created++;
        }
        var updated = 0;
        foreach (var row in rows)
        {
            var org = existing[row.ShortName];
            var isNew = db.Entry(org).State == EntityState.Added;
            var areasChanged = row.Apply(org, row.ParentShortName is null ? null : existing[row.ParentShortName].Id);
            db.ChangeTracker.DetectChanges();
            if (!isNew && (areasChanged || db.Entry(org).State == EntityState.Modified))
            {
                org.UpdatedAt = now;
                updated++;
            }
        }
        await db.SaveChangesAsync(ct);
        return new OrganizationImportReport(created, updated, rows.Count - created - updated, []);
    }

    private static ServiceResult<OrganizationImportReport> Failed(List<CsvLineError> errors) =>
        new OrganizationImportReport(0, 0, 0, errors.OrderBy(e => e.Line).ToList());
}
