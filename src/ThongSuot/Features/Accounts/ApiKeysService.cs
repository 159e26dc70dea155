using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

/// <summary>
/// API keys. Organisation keys: Admin any organisation and role; Coordinator any organisation, role up to Member;
/// Member its own organisation, role up to Member. Personal keys: anyone, for themselves. Keys never create keys.
/// </summary>
public sealed class ApiKeysService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    private static readonly int MemberRank = Roles.Rank(Roles.Member);

    public async Task<List<ApiKeyRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = await Rows().ToListAsync(ct);
        return rows.OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt).ToList();
    }

    public async Task<ServiceResult<ApiKeyCreated>> CreateAsync(NewApiKey input, CancellationToken ct = default)
    {
        if (me.ApiKeyId is not null) return ServiceError.Forbidden("Khóa API không được tạo khóa API khác; hãy đăng nhập.");
        if (me.UserId is not { } userId) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var name = errors.Text("name", input.Name, 200, true, "Tên khóa");
        if (input.Kind == ApiKeyKind.Personal)
        {
            if (errors.Any) return errors.ToError();
            return await IssueAsync(db, clock, name!, me.OrganizationId, userId, null, userId, ct);
        }

        var organizationId = input.OrganizationId ?? me.OrganizationId;
        var role = string.IsNullOrWhiteSpace(input.Role) ? Roles.Member : input.Role.Trim();
        if (!Roles.IsKnown(role)) errors.Add("role", "Vai trò không hợp lệ.");
        if (!await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct)) errors.Add("organizationId", "Tổ chức không tồn tại.");
        if (errors.Any) return errors.ToError();
        if (MayManageOrganizationKey(organizationId, role) is { } refused) return refused;
        return await IssueAsync(db, clock, name!, organizationId, null, role, userId, ct);
    }

    public async Task<ServiceResult<ApiKeyRow>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        if (me.ApiKeyId is not null) return ServiceError.Forbidden("Khóa API không được thu hồi khóa API; hãy đăng nhập.");
        var key = await VisibleKeys().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return ServiceError.NotFound("Không tìm thấy khóa API.");
        if (key.UserId is null && MayManageOrganizationKey(key.OrganizationId, key.Role ?? Roles.Member) is { } refused) return refused;
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return await RowsOf(db, db.Set<ApiKey>().AsNoTracking().Where(k => k.Id == id)).FirstAsync(ct);
    }

    /// <summary>Creates and stores a key (its hash only) without asking who is calling: the services above and the CLI.</summary>
    internal static async Task<ApiKeyCreated> IssueAsync(
        AppDbContext db, TimeProvider clock, string name, Guid organizationId, Guid? userId, string? role, Guid? createdBy, CancellationToken ct)
    {
        var secret = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Name = name, Prefix = ApiKeySecret.PrefixOf(secret), KeyHash = ApiKeySecret.Hash(secret),
            OrganizationId = organizationId, UserId = userId, Role = userId is null ? role : null,
            CreatedByUserId = createdBy, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        var row = await RowsOf(db, db.Set<ApiKey>().AsNoTracking().Where(k => k.Id == key.Id)).FirstAsync(ct);
        return new ApiKeyCreated(row, secret);
    }

    private ServiceError? MayManageOrganizationKey(Guid organizationId, string role)
    {
        if (me.IsAdmin) return null;
        var mayAct = me.IsInRole(Roles.Coordinator) || (me.IsInRole(Roles.Member) && organizationId == me.OrganizationId);
        if (!mayAct) return ServiceError.Forbidden("Bạn không có quyền quản lý khóa API của tổ chức này.");
        if (Roles.Rank(role) > MemberRank)
            return ServiceError.Forbidden("Chỉ quản trị viên được tạo hoặc thu hồi khóa tổ chức có vai trò cao hơn Thành viên đơn vị.");
        // A key never sees more than its creator: Viewer reads every organisation, so a Member may grant only Member.
        if (!me.SeesAllOrganizations && role != Roles.Member)
            return ServiceError.Forbidden("Thành viên đơn vị chỉ được tạo khóa tổ chức với vai trò Thành viên đơn vị.");
        return null;
    }

    private IQueryable<ApiKeyRow> Rows() => RowsOf(db, VisibleKeys().AsNoTracking());

    /// <summary>Admin: all; Coordinator: all organisation keys; Member: its organisation's keys; everyone: their own personal keys.</summary>
    private IQueryable<ApiKey> VisibleKeys()
    {
        var admin = me.IsAdmin;
        var coordinator = me.IsInRole(Roles.Coordinator);
        var member = me.IsInRole(Roles.Member);
        var orgId = me.OrganizationId;
        var userId = me.UserId;
        return db.Set<ApiKey>().Where(k => admin || (k.UserId != null && k.UserId == userId)
            || (k.UserId == null && (coordinator || (member && k.OrganizationId == orgId))));
    }

    private static IQueryable<ApiKeyRow> RowsOf(AppDbContext db, IQueryable<ApiKey> keys) =>
        from k in keys
        join o in db.Set<Organization>() on k.OrganizationId equals o.Id
        join u in db.Users on k.UserId equals u.Id into owners
        from u in owners.DefaultIfEmpty()
        let role = k.UserId == null
            ? k.Role
            : (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == k.UserId select r.Name).FirstOrDefault()
        select new ApiKeyRow(
            k.Id, k.Name, k.Prefix, k.UserId == null ? ApiKeyKind.Organization : ApiKeyKind.Personal, k.OrganizationId, o.ShortName,
            k.UserId, u != null ? u.UserName : null, role ?? Roles.Member, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}
