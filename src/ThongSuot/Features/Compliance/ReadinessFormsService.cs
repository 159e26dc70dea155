using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>Readiness form definitions: everyone signed in reads them; coordinators and admins change them.</summary>
public sealed class ReadinessFormsService(AppDbContext db, CurrentUser me)
{
    public const string NotFoundMessage = "Không tìm thấy biểu mẫu.";
    public const string StaleMessage = "Biểu mẫu vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.";

    public bool CanManage => me.CanManageDirectory;

    public async Task<IReadOnlyList<ReadinessFormSummaryDto>> ListAsync(CancellationToken ct)
    {
        var forms = await db.Set<ReadinessForm>().AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct);
        return forms.Select(f => new ReadinessFormSummaryDto(f.Id, f.Code, f.Name, f.Kinds, f.IsActive, f.FieldList().Count, f.UpdatedAt)).ToList();
    }

    public async Task<ServiceResult<ReadinessFormDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var form = await db.Set<ReadinessForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null) return ServiceError.NotFound(NotFoundMessage);
        return await ToDtoAsync(form, ct);
    }

    public async Task<ServiceResult<ReadinessFormDto>> CreateAsync(ReadinessFormRequest request, CancellationToken ct)
    {
        if (!CanManage) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var (values, fields) = ReadinessFormRules.Check(request, new Dictionary<string, ReadinessField>(), errors);
        if (!errors.Any && await db.Set<ReadinessForm>().AnyAsync(f => f.Code == values.Code, ct)) errors.Add("code", "Mã biểu mẫu đã được dùng.");
        if (errors.Any) return errors.ToError();
        values.Fields = ReadinessFieldsJson.Write(fields);
        db.Add(values);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(values, ct);
    }

    public async Task<ServiceResult<ReadinessFormDto>> UpdateAsync(Guid id, ReadinessFormRequest request, CancellationToken ct)
    {
        if (!CanManage) return ServiceError.Forbidden();
        var form = await db.Set<ReadinessForm>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null) return ServiceError.NotFound(NotFoundMessage);
        if (request.Revision is null) return ServiceError.Invalid("revision", "Thiếu phiên bản của biểu mẫu đang sửa.");
        if (request.Revision != form.Revision) return ServiceError.Conflict(StaleMessage);
        var errors = new FieldErrors();
        var (values, fields) = ReadinessFormRules.Check(request, await UsedFieldsAsync(form, ct), errors);
        if (!errors.Any && await db.Set<ReadinessForm>().AnyAsync(f => f.Code == values.Code && f.Id != id, ct)) errors.Add("code", "Mã biểu mẫu đã được dùng.");
        if (errors.Any) return errors.ToError();
        form.Code = values.Code;
        form.Name = values.Name;
        form.Description = values.Description;
        form.OrganizationKinds = values.OrganizationKinds;
        form.IsActive = values.IsActive;
        form.Fields = ReadinessFieldsJson.Write(fields);
        form.Revision = Guid.NewGuid();
        form.UpdatedAt = DateTime.UtcNow;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return ServiceError.Conflict(StaleMessage); }
        return await ToDtoAsync(form, ct);
    }

    public async Task<ServiceResult<bool>> DeleteAsync(Guid id, CancellationToken ct)
    {
        if (!CanManage) return ServiceError.Forbidden();
        var form = await db.Set<ReadinessForm>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (form is null) return ServiceError.NotFound(NotFoundMessage);
        if (await db.Set<ComplianceAssignment>().AnyAsync(a => a.FormId == id, ct))
            return ServiceError.Conflict("Biểu mẫu đã được giao cho các đơn vị báo cáo nên không xóa được; hãy bỏ chọn \"Đang dùng\" để ngừng dùng.");
        db.Remove(form);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<ReadinessFormDto> ToDtoAsync(ReadinessForm f, CancellationToken ct)
    {
        var used = await UsedFieldsAsync(f, ct);
        var inUse = await db.Set<ComplianceAssignment>().AnyAsync(a => a.FormId == f.Id, ct);
        return new ReadinessFormDto(f.Id, f.Code, f.Name, f.Description, f.Kinds, f.IsActive, f.Revision, f.FieldList(),
            used.Keys.Order(StringComparer.Ordinal).ToList(), inUse, f.UpdatedAt);
    }

    /// <summary>The current fields whose keys some submitted report of this form holds a value for.</summary>
    private async Task<IReadOnlyDictionary<string, ReadinessField>> UsedFieldsAsync(ReadinessForm form, CancellationToken ct)
    {
        var values = await db.Set<ComplianceReport>()
            .Where(r => r.Values != null && db.Set<ComplianceAssignment>().Any(a => a.Id == r.AssignmentId && a.FormId == form.Id))
            .Select(r => r.Values!).ToListAsync(ct);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in values)
        {
            try
            {
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                    foreach (var p in doc.RootElement.EnumerateObject()) keys.Add(p.Name);
            }
            catch (JsonException) { /* a report with unreadable values holds no keys */ }
        }
        return form.FieldList().Where(f => keys.Contains(f.Key)).ToDictionary(f => f.Key, StringComparer.Ordinal);
    }
}
