using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>
/// The organisation directory. Public fields are readable by every signed-in user; people are private to the
/// organisation and to province-wide roles; directory fields are changed only by Admin and Coordinator.
/// </summary>
public sealed partial class OrganizationsService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    public CurrentUser Caller => me;

    public async Task<ServiceResult<List<OrganizationDto>>> ListAsync(string? q, string? kind, Guid? areaId, CancellationToken ct = default)
    {
        var query = db.Set<Organization>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var errors = new FieldErrors();
            var parsed = OrganizationRules.Kind(errors, "kind", kind);
            if (errors.Any) return errors.ToError();
            query = query.Where(o => o.Kind == parsed);
        }
        var needle = TextSearch.Normalize(q is { Length: > 200 } ? q[..200] : q);
        if (needle.Length > 0) query = query.Where(o => o.SearchText.Contains(needle));
        if (areaId is { } area) query = query.Where(o => o.Areas.Any(a => a.AreaId == area));
        var list = await Project(query).ToListAsync(ct);
        return list.OrderBy(o => o.Name, VietnameseOrder).ToList();
    }

    public async Task<ServiceResult<OrganizationDto>> GetAsync(Guid id, CancellationToken ct = default) =>
        await Project(db.Set<Organization>().AsNoTracking().Where(o => o.Id == id)).FirstOrDefaultAsync(ct) is { } dto
            ? dto
            : ServiceError.NotFound("Không tìm thấy tổ chức.");

    /// <summary>Organisations that may be chosen as a parent (all of them; the cycle rule is checked on save).</summary>
    public async Task<List<(Guid Id, string ShortName, string Name)>> ParentOptionsAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<Organization>().AsNoTracking().Select(o => new { o.Id, o.ShortName, o.Name }).ToListAsync(ct);
        return rows.OrderBy(o => o.ShortName, StringComparer.Ordinal).Select(o => (o.Id, o.ShortName, o.Name)).ToList();
    }

    /// <summary>Current provinces and communes (no pre-2025 units), for the areas-served picker.</summary>
    /// <summary>Units in force, plus <paramref name="chosen"/> ones even if abolished, so saving a form never drops an old link.</summary>
    public async Task<List<AreaRef>> AreaOptionsAsync(IReadOnlyCollection<Guid> chosen, CancellationToken ct = default)
    {
        AreaKind[] current = [AreaKind.Province, AreaKind.CentralCity, AreaKind.Commune, AreaKind.Ward, AreaKind.SpecialZone];
        var rows = await db.Set<Area>().AsNoTracking()
            .Where(a => (a.ValidTo == null && current.Contains(a.Kind)) || chosen.Contains(a.Id))
            .Select(a => new { a.Id, a.Code, a.Name, a.Kind, a.ParentId })
            .ToListAsync(ct);
        return rows.OrderBy(a => a.ParentId is null ? 0 : 1).ThenBy(a => a.Name, VietnameseOrder)
            .Select(a => new AreaRef(a.Id, a.Code, $"{a.Kind.VietnameseName()} {a.Name}")).ToList();
    }

    private static IQueryable<OrganizationDto> Project(IQueryable<Organization> query) => query.Select(o => new OrganizationDto(
        o.Id, o.Name, o.ShortName, o.Kind, o.ParentId,
        o.Parent == null ? null : o.Parent.ShortName,
        o.Parent == null ? null : o.Parent.Name,
        o.Phone, o.Email, o.Hotline, o.Address,
        o.Areas.OrderBy(a => a.Area!.Code).Select(a => new AreaRef(a.AreaId, a.Area!.Code, a.Area.Name)).ToList()));

    private static PersonDto ToDto(Person p) => new(p.Id, p.OrganizationId, p.FullName, p.Title, p.Phone, p.Email);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
