using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

public sealed record PreferenceDto(NotificationCategory Category, bool InApp, bool Email, bool Webhook);

public sealed record PreferencesDto(Guid OrganizationId, string OrganizationShortName, bool MayEditOrganization,
    IReadOnlyList<PreferenceDto> Organization, IReadOnlyList<PreferenceDto>? Mine);

/// <summary>Channels per category, for an organisation (its editors) and for oneself.</summary>
public sealed class PreferencesService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public static readonly NotificationCategory[] Categories = Enum.GetValues<NotificationCategory>();

    public async Task<ServiceResult<PreferencesDto>> GetAsync(Guid? organizationId, CancellationToken ct = default)
    {
        var orgId = organizationId ?? me.OrganizationId;
        if (!me.CanSeeOrganization(orgId)) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var shortName = await db.Set<Organization>().Where(o => o.Id == orgId).Select(o => o.ShortName).FirstOrDefaultAsync(ct);
        if (shortName is null) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var rows = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.OrganizationId == orgId).ToListAsync(ct);
        var mine = me.UserId is { } userId && orgId == me.OrganizationId ? Table(rows, NotificationPreference.KeyFor(orgId, userId), NotificationDefaults.User) : null;
        return new PreferencesDto(orgId, shortName, me.CanEditOrganization(orgId), Table(rows, NotificationPreference.KeyFor(orgId, null), NotificationDefaults.Organization), mine);
    }

    public async Task<ServiceResult<PreferencesDto>> SetOrganizationAsync(Guid organizationId, IReadOnlyList<PreferenceDto>? input, CancellationToken ct = default)
    {
        if (Validate(input) is { } invalid) return invalid;
        if (!await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct) || !me.CanSeeOrganization(organizationId))
            return ServiceError.NotFound("Không tìm thấy tổ chức.");
        if (!me.CanEditOrganization(organizationId)) return ServiceError.Forbidden("Bạn không có quyền đổi cách nhận thông báo của tổ chức này.");
        await SaveAsync(organizationId, null, input!, ct);
        return await GetAsync(organizationId, ct);
    }

    public async Task<ServiceResult<PreferencesDto>> SetMineAsync(IReadOnlyList<PreferenceDto>? input, CancellationToken ct = default)
    {
        if (me.UserId is not { } userId) return ServiceError.Forbidden("Chỉ người dùng đăng nhập mới có lựa chọn cá nhân.");
        if (Validate(input) is { } invalid) return invalid;
        await SaveAsync(me.OrganizationId, userId, input!, ct);
        return await GetAsync(me.OrganizationId, ct);
    }

    private static ServiceError? Validate(IReadOnlyList<PreferenceDto>? input)
    {
        if (input is null || input.Count == 0) return ServiceError.Invalid("preferences", "Cần ít nhất một nhóm thông báo.");
        if (input.Any(p => !Enum.IsDefined(p.Category))) return ServiceError.Invalid("category", "Nhóm thông báo không hợp lệ.");
        if (input.GroupBy(p => p.Category).Any(g => g.Count() > 1)) return ServiceError.Invalid("category", "Mỗi nhóm thông báo chỉ được nêu một lần.");
        return null;
    }

    private async Task SaveAsync(Guid organizationId, Guid? userId, IReadOnlyList<PreferenceDto> input, CancellationToken ct)
    {
        var key = NotificationPreference.KeyFor(organizationId, userId);
        var existing = await db.Set<NotificationPreference>().Where(p => p.OwnerKey == key).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in input)
        {
            var row = existing.FirstOrDefault(x => x.Category == p.Category);
            if (row is null)
            {
                row = new NotificationPreference { OrganizationId = organizationId, UserId = userId, OwnerKey = key, Category = p.Category };
                db.Add(row);
            }
            // A person cannot route their own notifications to the organisation's webhooks.
            (row.InApp, row.Email, row.Webhook) = (p.InApp, p.Email, userId is null && p.Webhook);
            row.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
    }

    private static List<PreferenceDto> Table(List<NotificationPreference> rows, string key, (bool InApp, bool Email, bool Webhook) defaults) =>
        Categories.Select(c => rows.FirstOrDefault(r => r.OwnerKey == key && r.Category == c) is { } r
            ? new PreferenceDto(c, r.InApp, r.Email, r.Webhook)
            : new PreferenceDto(c, defaults.InApp, defaults.Email, defaults.Webhook)).ToList();
}
