using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>The mutual-aid registry: an organisation's own resources, seen by it and the province-wide roles, kept by its Members or a Coordinator.</summary>
public sealed class AidResourcesService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    private const string NotFoundText = "Không tìm thấy nguồn lực.";

    public async Task<ServiceResult<IReadOnlyList<AidResourceDto>>> ListAsync(Guid? organizationId, string? kind, string? status, CancellationToken ct = default)
    {
        var resources = Visible().AsNoTracking();
        if (organizationId is { } org) resources = resources.Where(r => r.OrganizationId == org);
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!IncidentNames.TryParse<AidResourceKind>(kind, out var k)) return ServiceError.Invalid("kind", "Loại nguồn lực không hợp lệ.");
            resources = resources.Where(r => r.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!IncidentNames.TryParse<AidResourceStatus>(status, out var s)) return ServiceError.Invalid("status", "Trạng thái không hợp lệ.");
            resources = resources.Where(r => r.Status == s);
        }
        var rows = await resources.ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.OrganizationId), ct);
        return rows.OrderBy(r => names.GetValueOrDefault(r.OrganizationId, ""), StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => ToDto(r, names)).ToList();
    }

    public async Task<ServiceResult<AidResourceDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var resource = await Visible().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return resource is null ? ServiceError.NotFound(NotFoundText) : ToDto(resource, await NamesAsync([resource.OrganizationId], ct));
    }

    public async Task<ServiceResult<AidResourceDto>> CreateAsync(AidResourceBody body, CancellationToken ct = default)
    {
        var org = body.OrganizationId ?? me.OrganizationId;
        if (!me.CanEditOrganization(org)) return ServiceError.Forbidden("Bạn chỉ cập nhật nguồn lực của đơn vị mình.");
        if (!await db.Set<Organization>().AnyAsync(o => o.Id == org, ct)) return ServiceError.Invalid("organizationId", "Đơn vị không tồn tại.");
        var resource = new AidResource { Name = "", OrganizationId = org };
        if (Apply(resource, body) is { } error) return error;
        db.Add(resource);
        await db.SaveChangesAsync(ct);
        return await GetAsync(resource.Id, ct);
    }

    public async Task<ServiceResult<AidResourceDto>> UpdateAsync(Guid id, AidResourceBody body, CancellationToken ct = default)
    {
        var resource = await Visible().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (resource is null) return ServiceError.NotFound(NotFoundText);
        if (!me.CanEditOrganization(resource.OrganizationId)) return ServiceError.Forbidden("Bạn chỉ cập nhật nguồn lực của đơn vị mình.");
        if (body.OrganizationId is { } org && org != resource.OrganizationId) return ServiceError.Invalid("organizationId", "Không chuyển nguồn lực sang đơn vị khác.");
        if (Apply(resource, body) is { } error) return error;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private ServiceError? Apply(AidResource resource, AidResourceBody body)
    {
        var errors = new FieldErrors();
        if (!IncidentNames.TryParse<AidResourceKind>(body.Kind, out var kind))
            errors.Add("kind", string.IsNullOrWhiteSpace(body.Kind) ? "Loại nguồn lực là bắt buộc." : "Loại nguồn lực không hợp lệ.");
        var name = errors.Text("name", body.Name, 200, required: true, "Tên");
        var count = body.Count ?? 1;
        if (count is < 0 or > 10000) errors.Add("count", "Số lượng phải từ 0 đến 10000.");
        var location = errors.Text("location", body.Location, 300, required: false, "Vị trí");
        var status = AidResourceStatus.Available;
        if (!string.IsNullOrWhiteSpace(body.Status) && !IncidentNames.TryParse(body.Status, out status)) errors.Add("status", "Trạng thái không hợp lệ.");
        var notes = errors.Text("notes", body.Notes, 2000, required: false, "Ghi chú");
        if (errors.Any) return errors.ToError();
        (resource.Kind, resource.Name, resource.Count, resource.Location, resource.Status, resource.Notes) = (kind, name!, count, location, status, notes);
        resource.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }

    private IQueryable<AidResource> Visible()
    {
        if (me.SeesAllOrganizations) return db.Set<AidResource>();
        var org = me.OrganizationId;
        return db.Set<AidResource>().Where(r => r.OrganizationId == org);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Set<Organization>().AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
    }

    private AidResourceDto ToDto(AidResource r, Dictionary<Guid, string> names) => new(r.Id, r.OrganizationId, names.GetValueOrDefault(r.OrganizationId, ""),
        r.Kind, r.Kind.Vietnamese(), r.Name, r.Count, r.Location, r.Status, r.Status.Vietnamese(), r.Notes, r.UpdatedAt, me.CanEditOrganization(r.OrganizationId));
}
