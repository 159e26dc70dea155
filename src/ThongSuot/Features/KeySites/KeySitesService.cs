using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

/// <summary>Reads for every signed-in user; writes for directory managers (Admin, Coordinator) only. Key sites are public to the province.</summary>
public sealed class KeySitesService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<ServiceResult<IReadOnlyList<KeySiteDto>>> ListAsync(KeySiteQuery query, CancellationToken ct = default)
    {
        var sites = db.Set<KeySite>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            if (!KeySiteKindNames.TryParse(query.Kind, out var kind))
                return ServiceError.Invalid("kind", "Loại điểm trọng yếu không hợp lệ.");
            sites = sites.Where(s => s.Kind == kind);
        }
        var text = TextSearch.Normalize(query.Q);
        if (text.Length > 0) sites = sites.Where(s => s.SearchText.Contains(text));
        if (query.AreaId is { } areaId) sites = sites.Where(s => s.AreaId == areaId);
        var rows = await Project(sites).ToListAsync(ct);
        // Vietnamese alphabetical order (Đ after D), the same on SQLite and PostgreSQL whatever their collation.
        return rows.Select(Named).OrderBy(s => s.Name, StringComparer.Create(WebSetup.Vietnamese, false)).ToList();
    }

    public async Task<ServiceResult<KeySiteDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var row = await Project(db.Set<KeySite>().AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct);
        return row is null ? ServiceError.NotFound("Không tìm thấy điểm trọng yếu.") : Named(row);
    }

    public async Task<ServiceResult<KeySiteDto>> CreateAsync(KeySiteRequest request, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var site = new KeySite { Name = "" };
        if (await ApplyAsync(site, request, ct) is { } error) return error;
        db.Add(site);
        await db.SaveChangesAsync(ct);
        return await GetAsync(site.Id, ct);
    }

    public async Task<ServiceResult<KeySiteDto>> UpdateAsync(Guid id, KeySiteRequest request, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var site = await db.Set<KeySite>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (site is null) return ServiceError.NotFound("Không tìm thấy điểm trọng yếu.");
        if (await ApplyAsync(site, request, ct) is { } error) return error;
        site.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(site.Id, ct);
    }

    public async Task<ServiceResult<Guid>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var site = await db.Set<KeySite>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (site is null) return ServiceError.NotFound("Không tìm thấy điểm trọng yếu.");
        db.Remove(site);
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>Administrative units valid today that a key site may belong to, for the form's select.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AreaChoicesAsync(CancellationToken ct = default)
    {
        var today = TimeDisplay.Today(clock);
        var areas = await db.Set<Area>().AsNoTracking()
            .Where(a => a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo > today))
            .Select(a => new { a.Id, a.Name, a.Kind }).ToListAsync(ct);
        return areas.OrderBy(a => a.Kind.Level()).ThenBy(a => a.Name, StringComparer.Create(WebSetup.Vietnamese, false))
            .Select(a => (a.Id, $"{a.Kind.VietnameseName()} {a.Name}")).ToList();
    }

    /// <summary>Validates the request and copies it onto the entity; returns the field errors, if any, leaving nothing saved.</summary>
    private async Task<ServiceError?> ApplyAsync(KeySite site, KeySiteRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", r.Name, 300, required: true, "Tên điểm");
        if (!KeySiteKindNames.TryParse(r.Kind, out var kind))
            errors.Add("kind", string.IsNullOrWhiteSpace(r.Kind) ? "Loại điểm là bắt buộc." : "Loại điểm trọng yếu không hợp lệ.");
        var address = errors.Text("address", r.Address, 300, required: false, "Địa chỉ");
        var notes = errors.Text("notes", r.Notes, 2000, required: false, "Ghi chú");
        KeySiteCoordinates.Validate(errors, r.Latitude, r.Longitude);
        if (r.AreaId is { } areaId)
        {
            var today = TimeDisplay.Today(clock);
            var area = await db.Set<Area>().AsNoTracking().Where(a => a.Id == areaId)
                .Select(a => new { a.ValidFrom, a.ValidTo }).FirstOrDefaultAsync(ct);
            if (area is null) errors.Add("areaId", "Địa bàn không tồn tại.");
            else if (!(area.ValidFrom <= today && (area.ValidTo is null || today < area.ValidTo)))
                errors.Add("areaId", "Địa bàn không còn hiệu lực; hãy chọn đơn vị hành chính hiện hành.");
        }
        if (errors.Any) return errors.ToError();

        site.Name = name!;
        site.Kind = kind;
        site.AreaId = r.AreaId;
        site.Address = address;
        site.Latitude = r.Latitude;
        site.Longitude = r.Longitude;
        site.Notes = notes;
        return null;
    }


    private static IQueryable<KeySiteDto> Project(IQueryable<KeySite> sites) => sites.Select(s => new KeySiteDto(
        s.Id, s.Name, s.Kind, "", s.AreaId, s.Area == null ? null : s.Area.Name, s.Address,
        s.Latitude, s.Longitude, s.Notes, s.CreatedAt, s.UpdatedAt));

    private static KeySiteDto Named(KeySiteDto dto) => dto with { KindName = dto.Kind.Vietnamese() };
}
