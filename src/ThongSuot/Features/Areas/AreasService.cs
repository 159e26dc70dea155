using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>Reads and writes administrative units. Reads are open to any signed-in user; writes need ManageDirectory.</summary>
public sealed partial class AreasService(AppDbContext db, CurrentUser me, IHttpContextAccessor http, TimeProvider clock)
{
    public const int MaxPageSize = 200;
    private const int MaxPage = 100_000;

    /// <summary>Today in Vietnam: the default "valid on" day.</summary>
    public DateOnly Today => TimeDisplay.Today(clock);

    /// <summary>Code running outside a request (CLI verbs, start-up seeding) is trusted; a request needs the role.</summary>
    private bool MayWrite => http.HttpContext is null || me.CanManageDirectory;

    public async Task<AreaPage> SearchAsync(AreaQuery query, CancellationToken ct = default)
    {
        var areas = db.Set<Area>().AsNoTracking();
        var text = TextSearch.Normalize(query.Q);
        if (text.Length > 0) areas = areas.Where(a => a.SearchText.Contains(text));
        if (query.Level is { } level)
        {
            var kinds = AreaKinds.OfLevel(level);
            areas = areas.Where(a => kinds.Contains(a.Kind));
        }
        if (query.Kind is { } kind) areas = areas.Where(a => a.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.ProvinceCode))
        {
            var code = query.ProvinceCode.Trim();
            areas = areas.Where(a => a.Parent != null && a.Parent.Code == code);
        }
        if (!query.IncludeHistorical)
        {
            var day = query.ValidOn ?? Today;
            areas = areas.Where(a => a.ValidFrom <= day && (a.ValidTo == null || day < a.ValidTo));
        }
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(query.Page, 1, MaxPage);
        var total = await areas.CountAsync(ct);
        var items = await Project(areas
                .OrderBy(a => a.Code.Length).ThenBy(a => a.Code).ThenByDescending(a => a.ValidFrom)
                .Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(ct);
        return new AreaPage(items, total, page, pageSize);
    }

    public async Task<ServiceResult<AreaView>> GetAsync(Guid id, CancellationToken ct = default) =>
        await Project(db.Set<Area>().AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(ct) is { } view
            ? view : ServiceError.NotFound("Không tìm thấy đơn vị hành chính.");

    /// <summary>Provinces for pickers: those valid today, or all of them with their validity.</summary>
    public async Task<IReadOnlyList<AreaView>> ProvincesAsync(bool includeHistorical, CancellationToken ct = default) =>
        (await SearchAsync(new AreaQuery(Level: AreaLevel.Province, IncludeHistorical: includeHistorical, PageSize: MaxPageSize), ct)).Items
            .OrderBy(p => p.IsHistorical).ThenBy(p => p.Name, StringComparer.Create(WebSetup.Vietnamese, ignoreCase: true)).ToList();

    public Task<ServiceResult<AreaView>> CreateAsync(AreaInput input, CancellationToken ct = default) => SaveAsync(null, input, ct);

    public Task<ServiceResult<AreaView>> UpdateAsync(Guid id, AreaInput input, CancellationToken ct = default) => SaveAsync(id, input, ct);

    private async Task<ServiceResult<AreaView>> SaveAsync(Guid? id, AreaInput input, CancellationToken ct)
    {
        if (!MayWrite) return ServiceError.Forbidden();
        var area = id is null ? null : await db.Set<Area>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (id is not null && area is null) return ServiceError.NotFound("Không tìm thấy đơn vị hành chính.");

        var errors = new FieldErrors();
        var valid = AreaRules.Check(input, await ProvinceRowsAsync(ct), errors);
        if (valid is null) return errors.ToError();
        if (await db.Set<Area>().AnyAsync(a => a.Code == valid.Code && a.ValidFrom == valid.ValidFrom && a.Id != id, ct))
            return errors.Add("code", $"Đã có đơn vị mã {valid.Code} hiệu lực từ {AreaRules.Day(valid.ValidFrom)}.").ToError();
        if (area is not null && area.Level == AreaLevel.Province && valid.Kind.Level() != AreaLevel.Province
            && await db.Set<Area>().AnyAsync(a => a.ParentId == area.Id, ct))
            return errors.Add("kind", "Tỉnh này đang có đơn vị trực thuộc; không thể đổi thành cấp khác.").ToError();

        if (area is null) db.Add(area = new Area { Code = valid.Code, Name = valid.Name });
        Apply(area, valid);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(area.Id, ct)).Value!;
    }

    private static void Apply(Area area, ValidArea valid)
    {
        area.Code = valid.Code;
        area.Name = valid.Name;
        area.Kind = valid.Kind;
        area.ParentId = valid.Province?.Id;
        area.ValidFrom = valid.ValidFrom;
        area.ValidTo = valid.ValidTo;
    }

    private Task<List<Area>> ProvinceRowsAsync(CancellationToken ct)
    {
        var kinds = AreaKinds.OfLevel(AreaLevel.Province);
        return db.Set<Area>().AsNoTracking().Where(a => kinds.Contains(a.Kind)).ToListAsync(ct);
    }

    private IQueryable<AreaView> Project(IQueryable<Area> areas)
    {
        var today = Today;
        return areas.Select(a => new AreaView(
            a.Id, a.Code, a.Name, a.Kind, a.Kind.VietnameseName(), a.Kind.Level(), a.Kind.VietnameseName() + " " + a.Name,
            a.Parent == null ? null : a.Parent.Code,
            a.Parent == null ? null : a.Parent.Name,
            a.ValidFrom, a.ValidTo,
            !(a.ValidFrom <= today && (a.ValidTo == null || today < a.ValidTo))));
    }
}
