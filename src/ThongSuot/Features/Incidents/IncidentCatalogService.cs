using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>Coordinator and Admin edit incident types (add, rename, retire) and severities (meaning, SLA minutes).</summary>
public sealed partial class IncidentCatalogService(AppDbContext db, CurrentUser me)
{
    public async Task<ServiceResult<IncidentTypeDto>> SaveTypeAsync(string? code, IncidentTypeBody body, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var isNew = code is null;
        code = isNew ? errors.Text("code", body.Code, 40, required: true, "Mã") : code;
        if (isNew && code is not null && !CodePattern().IsMatch(code)) errors.Add("code", "Mã chỉ gồm chữ cái không dấu và chữ số, bắt đầu bằng chữ cái.");
        var name = errors.Text("name", body.Name, 200, required: true, "Tên loại sự cố");
        if (body.SortOrder is < 0 or > 100000) errors.Add("sortOrder", "Thứ tự phải từ 0 đến 100000.");
        if (errors.Any) return errors.ToError();
        var type = await db.Set<IncidentType>().FirstOrDefaultAsync(t => t.Code == code, ct);
        if (isNew && type is not null) return ServiceError.Conflict("Đã có loại sự cố với mã này.");
        if (!isNew && type is null) return ServiceError.NotFound("Không tìm thấy loại sự cố.");
        if (type is null)
        {
            type = new IncidentType { Code = code!, Name = name!, SortOrder = body.SortOrder ?? 1000 };
            db.Add(type);
        }
        type.Name = name!;
        if (body.SortOrder is { } order) type.SortOrder = order;
        if (body.IsActive is { } active) type.IsActive = active;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (isNew)
        {
            return ServiceError.Conflict("Đã có loại sự cố với mã này.");
        }
        return new IncidentTypeDto(type.Code, type.Name, type.SortOrder, type.IsActive);
    }

    public async Task<ServiceResult<SeverityDto>> SaveSeverityAsync(int level, SeverityBody body, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var name = errors.Text("name", body.Name, 100, required: true, "Tên mức độ");
        var meaning = errors.Text("meaning", body.Meaning, 500, required: true, "Ý nghĩa");
        if (body.AcknowledgeMinutes is null or < 1 or > 10080) errors.Add("acknowledgeMinutes", "Thời hạn tiếp nhận phải từ 1 đến 10080 phút.");
        if (body.RestoreMinutes is null or < 1 or > 43200) errors.Add("restoreMinutes", "Thời hạn khôi phục phải từ 1 đến 43200 phút.");
        if (body.AcknowledgeMinutes > body.RestoreMinutes) errors.Add("restoreMinutes", "Thời hạn khôi phục phải không ngắn hơn thời hạn tiếp nhận.");
        if (errors.Any) return errors.ToError();
        var severity = await db.Set<IncidentSeverity>().FirstOrDefaultAsync(s => s.Level == level, ct);
        if (severity is null) return ServiceError.NotFound("Không tìm thấy mức độ.");
        (severity.Name, severity.Meaning, severity.AcknowledgeMinutes, severity.RestoreMinutes) = (name!, meaning!, body.AcknowledgeMinutes!.Value, body.RestoreMinutes!.Value);
        await db.SaveChangesAsync(ct);
        return new SeverityDto(severity.Level, severity.Name, severity.Meaning, severity.AcknowledgeMinutes, severity.RestoreMinutes);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex CodePattern();
}
