using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Audit;

/// <summary>Search filters; dates are Vietnam days (UTC+7) as dd/MM/yyyy (yyyy-MM-dd is accepted too).</summary>
public sealed record AuditFilter(
    string? EntityType = null, string? EntityId = null, string? UserName = null, string? Action = null,
    string? From = null, string? To = null, string? Text = null, int Page = 1);

public sealed record AuditChange(string Field, string? Before, string? After);

public sealed record AuditRow(
    Guid Id, DateTime At, string? UserName, Guid? ApiKeyId, string? IpAddress, AuditAction Action,
    string EntityType, string EntityId, IReadOnlyList<AuditChange> Changes);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Reads the audit log, newest first. Read-only by design: nothing here (or anywhere) updates or deletes audit rows.</summary>
public sealed class AuditQuery(AppDbContext db, CurrentUser me)
{
    public const int PageSize = 50;
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>The entity types of the model, for the filter's select.</summary>
    public IReadOnlyList<string> EntityTypes() =>
        db.Model.GetEntityTypes().Select(AuditInterceptor.EntityName).Where(n => n != nameof(AuditEntry)).Distinct().Order(StringComparer.Ordinal).ToList();

    public async Task<ServiceResult<AuditPage>> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceError.Forbidden("Chỉ quản trị viên được xem nhật ký thay đổi.");
        var errors = new FieldErrors();
        var from = Day(errors, "from", filter.From, "Từ ngày");
        var to = Day(errors, "to", filter.To, "Đến ngày");
        AuditAction? action = null;
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            if (Enum.TryParse<AuditAction>(filter.Action.Trim(), ignoreCase: true, out var a) && Enum.IsDefined(a)) action = a;
            else errors.Add("action", "Thao tác không hợp lệ (Create, Update hoặc Delete).");
        }
        var entityType = errors.Text("entityType", filter.EntityType, 100, false, "Loại dữ liệu");
        var entityId = errors.Text("entityId", filter.EntityId, 100, false, "Mã bản ghi");
        var userName = errors.Text("userName", filter.UserName, 256, false, "Người thực hiện");
        var text = errors.Text("text", filter.Text, 200, false, "Từ khóa");
        if (errors.Any) return errors.ToError();

        var q = db.Set<AuditEntry>().AsNoTracking();
        if (entityType is not null) q = q.Where(e => e.EntityType == entityType);
        if (entityId is not null) q = q.Where(e => e.EntityId == entityId);
        if (userName is not null) q = q.Where(e => e.UserName == userName);
        if (action is not null) q = q.Where(e => e.Action == action);
        if (from is not null) { var start = StartOfVietnamDay(from.Value); q = q.Where(e => e.At >= start); }
        if (to is not null) { var end = StartOfVietnamDay(to.Value.AddDays(1)); q = q.Where(e => e.At < end); }
        if (text is not null)
            q = q.Where(e => e.EntityId.Contains(text) || e.EntityType.Contains(text) || (e.UserName != null && e.UserName.Contains(text))
                             || (e.Before != null && e.Before.Contains(text)) || (e.After != null && e.After.Contains(text)));

        var total = await q.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var entries = await q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var rows = entries.Select(e => new AuditRow(e.Id, e.At, e.UserName, e.ApiKeyId, e.IpAddress, e.Action, e.EntityType, e.EntityId, Changes(e))).ToList();
        return new AuditPage(rows, page, PageSize, total);
    }

    /// <summary>Field by field, old and new value side by side (values as their JSON text).</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditEntry e)
    {
        var before = Parse(e.Before);
        var after = Parse(e.After);
        return before.Keys.Union(after.Keys)
            .Select(k => new AuditChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        });
    }

    private static DateOnly? Day(FieldErrors errors, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(field, $"{label} phải có dạng dd/MM/yyyy.");
        return null;
    }

    private static DateTime StartOfVietnamDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeDisplay.Vietnam);
}
