using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

public sealed partial class OrganizationsService
{
    private const string DirectoryOnly = "Chỉ Quản trị và Điều phối được tạo, xóa tổ chức hoặc đổi tên, tên viết tắt, loại, đơn vị cấp trên.";

    public async Task<ServiceResult<OrganizationDto>> CreateAsync(OrganizationInput input, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden(DirectoryOnly);
        var org = new Organization { Name = "", ShortName = "" };
        var errors = new FieldErrors();
        await ApplyDirectoryFieldsAsync(org, input, errors, ct);
        var areaIds = await ApplyContactFieldsAsync(org, input, errors, ct);
        if (errors.Any) return errors.ToError();
        org.Areas = areaIds.Select(a => new OrganizationArea { OrganizationId = org.Id, AreaId = a }).ToList();
        org.CreatedAt = org.UpdatedAt = Now;
        db.Add(org);
        return await SaveAsync(org.Id, org.ShortName, ct);
    }

    /// <summary>Managers change everything; a Member changes only its own organisation's contact fields and areas.</summary>
    public async Task<ServiceResult<OrganizationDto>> UpdateAsync(Guid id, OrganizationInput input, CancellationToken ct = default)
    {
        var org = await db.Set<Organization>().Include(o => o.Areas).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        if (!me.CanEditOrganization(id)) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        if (me.CanManageDirectory) await ApplyDirectoryFieldsAsync(org, input, errors, ct);
        else if (ChangesDirectoryFields(org, input)) return ServiceError.Forbidden(DirectoryOnly);
        var areaIds = await ApplyContactFieldsAsync(org, input, errors, ct);
        if (errors.Any) return errors.ToError();
        org.Areas.RemoveAll(a => !areaIds.Contains(a.AreaId));
        foreach (var areaId in areaIds.Where(a => org.Areas.All(x => x.AreaId != a)))
            org.Areas.Add(new OrganizationArea { OrganizationId = org.Id, AreaId = areaId });
        db.ChangeTracker.DetectChanges();
        if (db.Entry(org).State == EntityState.Modified) org.UpdatedAt = Now;
        return await SaveAsync(org.Id, org.ShortName, ct);
    }

    public async Task<ServiceResult<bool>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden(DirectoryOnly);
        var org = await db.Set<Organization>().Include(o => o.Areas).Include(o => o.People).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var users = await db.Set<AppUser>().CountAsync(u => u.OrganizationId == id, ct);
        var children = await db.Set<Organization>().CountAsync(o => o.ParentId == id, ct);
        var keys = await db.Set<ApiKey>().CountAsync(k => k.OrganizationId == id, ct);
        if (users + children + keys > 0)
            return ServiceError.Conflict($"Không thể xóa tổ chức {org.ShortName} vì đang được sử dụng: {users} người dùng, {children} đơn vị trực thuộc, {keys} khóa API.");
        // People and areas are loaded so their deletion is audited too.
        db.Remove(org);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ServiceError.Conflict($"Không thể xóa tổ chức {org.ShortName} vì dữ liệu khác đang tham chiếu đến nó.");
        }
        return true;
    }

    private async Task ApplyDirectoryFieldsAsync(Organization org, OrganizationInput input, FieldErrors errors, CancellationToken ct)
    {
        var name = errors.Text("name", input.Name, OrganizationRules.NameMax, required: true, "Tên tổ chức");
        var shortName = OrganizationRules.ShortName(errors, "shortName", input.ShortName);
        var kind = OrganizationRules.Kind(errors, "kind", input.Kind);
        if (shortName is not null && await db.Set<Organization>().AnyAsync(o => o.ShortName == shortName && o.Id != org.Id, ct))
            errors.Add("shortName", $"Tên viết tắt {shortName} đã được dùng cho tổ chức khác.");
        if (input.ParentId is { } parentId)
        {
            var parents = await db.Set<Organization>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, ct);
            if (!parents.ContainsKey(parentId)) errors.Add("parentId", "Không tìm thấy đơn vị cấp trên.");
            else if (OrganizationRules.CreatesCycle(org.Id, parentId, parents)) errors.Add("parentId", "Đơn vị cấp trên tạo thành vòng lặp (một tổ chức không thể là cấp trên của chính nó).");
        }
        if (errors.Any) return;
        org.Name = name!;
        org.ShortName = shortName!;
        org.Kind = kind!.Value;
        org.ParentId = input.ParentId;
    }

    /// <summary>Validates and applies phone, email, hotline and address; returns the checked areas served.</summary>
    private async Task<HashSet<Guid>> ApplyContactFieldsAsync(Organization org, OrganizationInput input, FieldErrors errors, CancellationToken ct)
    {
        var (phone, email, hotline, address) = OrganizationRules.Contact(errors, input);
        var areaIds = (input.AreaIds ?? []).ToHashSet();
        if (areaIds.Count > 5000) errors.Add("areaIds", "Quá nhiều địa bàn.");
        else if (areaIds.Count > 0)
        {
            var ids = areaIds.ToList();
            var found = await db.Set<Area>().Where(a => ids.Contains(a.Id)).CountAsync(ct);
            if (found != areaIds.Count) errors.Add("areaIds", "Có địa bàn không tồn tại.");
        }
        if (errors.Any) return areaIds;
        (org.Phone, org.Email, org.Hotline, org.Address) = (phone, email, hotline, address);
        return areaIds;
    }

    private static bool ChangesDirectoryFields(Organization org, OrganizationInput input) =>
        (input.Name is not null && input.Name.Trim() != org.Name)
        || (input.ShortName is not null && input.ShortName.Trim().ToUpperInvariant() != org.ShortName)
        || (input.Kind is not null && !string.Equals(input.Kind.Trim(), org.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
        || (input.ParentId is not null && input.ParentId != org.ParentId);

    private async Task<ServiceResult<OrganizationDto>> SaveAsync(Guid id, string shortName, CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Two saves raced past the uniqueness check: report it as the field error it is.
            db.ChangeTracker.Clear();
            if (!await db.Set<Organization>().AnyAsync(o => o.ShortName == shortName && o.Id != id, ct)) throw;
            return ServiceError.Invalid("shortName", $"Tên viết tắt {shortName} đã được dùng cho tổ chức khác.");
        }
        return await GetAsync(id, ct);
    }
}
