using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

/// <summary>User management, Admin only (the CLI, a trusted operator, uses the Unchecked methods). Audit is automatic.</summary>
public sealed class UsersService(AppDbContext db, UserManager<AppUser> users, CurrentUser me, TimeProvider clock)
{
    private ServiceError? RefuseUnlessAdmin() =>
        !me.IsAdmin ? ServiceError.Forbidden("Chỉ quản trị viên được quản lý người dùng.")
        : me.ApiKeyId is not null ? ServiceError.Forbidden("Khóa API không được quản lý người dùng; hãy đăng nhập.")
        : null;

    public async Task<ServiceResult<List<UserRow>>> ListAsync(string? query, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceError.Forbidden("Chỉ quản trị viên được quản lý người dùng.");
        var rows = await UserQueries.Rows(db).ToListAsync(ct);
        var key = TextSearch.Normalize(query);
        // Users are few (tens): filtering in memory keeps the diacritics-insensitive match identical on both providers.
        return rows
            .Where(r => key.Length == 0 || TextSearch.Normalize(r.UserName, r.FullName, r.OrganizationShortName, r.OrganizationName, r.Email, r.PhoneNumber).Contains(key, StringComparison.Ordinal))
            .OrderBy(r => r.UserName, StringComparer.Ordinal).ToList();
    }

    public async Task<ServiceResult<UserRow>> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (!me.IsAdmin) return ServiceError.Forbidden("Chỉ quản trị viên được quản lý người dùng.");
        return await UserQueries.RowAsync(db, id, ct) is { } row ? row : ServiceError.NotFound("Không tìm thấy người dùng.");
    }

    public async Task<ServiceResult<UserRow>> CreateAsync(NewUser input, CancellationToken ct = default) =>
        RefuseUnlessAdmin() is { } refused ? refused : await CreateUncheckedAsync(input, ct);

    /// <summary>Creates a user without asking who is calling: for the CLI.</summary>
    internal async Task<ServiceResult<UserRow>> CreateUncheckedAsync(NewUser input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var userName = errors.Text("userName", input.UserName, 256, true, "Tên đăng nhập");
        var fullName = errors.Text("fullName", input.FullName, 200, true, "Họ và tên");
        var (email, phone) = await ValidateCommonAsync(errors, input.Email, input.PhoneNumber, input.OrganizationId, input.Role, ct);
        if (string.IsNullOrEmpty(input.Password)) errors.Add("password", "Mật khẩu là bắt buộc.");
        if (errors.Any) return errors.ToError();

        var user = new AppUser
        {
            UserName = userName, FullName = fullName!, Email = email, PhoneNumber = phone,
            OrganizationId = input.OrganizationId, EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded) return created.ToError();
        var added = await users.AddToRoleAsync(user, input.Role);
        if (!added.Succeeded) return added.ToError();
        await tx.CommitAsync(ct);
        return (await UserQueries.RowAsync(db, user.Id, ct))!;
    }

    public async Task<ServiceResult<UserRow>> UpdateAsync(Guid id, UserChanges input, CancellationToken ct = default)
    {
        if (RefuseUnlessAdmin() is { } refused) return refused;
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return ServiceError.NotFound("Không tìm thấy người dùng.");
        var errors = new FieldErrors();
        var fullName = errors.Text("fullName", input.FullName, 200, true, "Họ và tên");
        var (email, phone) = await ValidateCommonAsync(errors, input.Email, input.PhoneNumber, input.OrganizationId, input.Role, ct);
        if (errors.Any) return errors.ToError();

        var currentRoles = await users.GetRolesAsync(user);
        var roleChanges = !currentRoles.SequenceEqual([input.Role]);
        if (roleChanges && currentRoles.Contains(Roles.Admin))
        {
            if (user.Id == me.UserId) return ServiceError.Conflict("Bạn không thể tự hạ vai trò quản trị của chính mình.");
            if (!user.IsDisabled && !await AnotherEnabledAdminExistsAsync(user.Id)) return ServiceError.Conflict("Phải còn ít nhất một quản trị viên đang hoạt động.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.FullName = fullName!;
        user.Email = email;
        user.PhoneNumber = phone;
        var moved = user.OrganizationId != input.OrganizationId;
        user.OrganizationId = input.OrganizationId;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return updated.ToError();
        if (roleChanges)
        {
            await users.RemoveFromRolesAsync(user, currentRoles);
            await users.AddToRoleAsync(user, input.Role);
        }
        // A new role or organisation changes the claims in the cookie: make the user sign in again.
        if (roleChanges || moved) await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return (await UserQueries.RowAsync(db, user.Id, ct))!;
    }

    public async Task<ServiceResult<UserRow>> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct = default)
    {
        if (RefuseUnlessAdmin() is { } refused) return refused;
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return ServiceError.NotFound("Không tìm thấy người dùng.");
        if (disabled && user.Id == me.UserId) return ServiceError.Conflict("Bạn không thể vô hiệu hóa tài khoản của chính mình.");
        if (disabled && !user.IsDisabled && await users.IsInRoleAsync(user, Roles.Admin) && !await AnotherEnabledAdminExistsAsync(user.Id))
            return ServiceError.Conflict("Phải còn ít nhất một quản trị viên đang hoạt động.");
        if (user.IsDisabled != disabled)
        {
            user.IsDisabled = disabled;
            // The new stamp makes the security stamp validator reject the user's existing cookies.
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded) return result.ToError();
        }
        return (await UserQueries.RowAsync(db, user.Id, ct))!;
    }

    public async Task<ServiceResult<PasswordResetResult>> ResetPasswordAsync(Guid id, string? newPassword, CancellationToken ct = default)
    {
        if (RefuseUnlessAdmin() is { } refused) return refused;
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return ServiceError.NotFound("Không tìm thấy người dùng.");
        var generated = string.IsNullOrEmpty(newPassword) ? PasswordGenerator.Generate() : null;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, generated ?? newPassword!);
        if (!result.Succeeded) return result.ToError("newPassword");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return new PasswordResetResult(user.Id, generated);
    }

    public async Task<ServiceResult<UserRow>> UnlockAsync(Guid id, CancellationToken ct = default)
    {
        if (RefuseUnlessAdmin() is { } refused) return refused;
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return ServiceError.NotFound("Không tìm thấy người dùng.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return (await UserQueries.RowAsync(db, user.Id, ct))!;
    }

    /// <summary>A person changes their own password; API keys cannot.</summary>
    public async Task<ServiceResult<AppUser>> ChangeOwnPasswordAsync(string? currentPassword, string? newPassword)
    {
        if (me.UserId is not { } userId || me.ApiKeyId is not null) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(currentPassword)) errors.Add("currentPassword", "Nhập mật khẩu hiện tại.");
        if (string.IsNullOrEmpty(newPassword)) errors.Add("newPassword", "Nhập mật khẩu mới.");
        if (errors.Any) return errors.ToError();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return ServiceError.NotFound();
        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        return result.Succeeded ? user : result.ToError("newPassword");
    }

    private async Task<(string? Email, string? Phone)> ValidateCommonAsync(
        FieldErrors errors, string? email, string? phone, Guid organizationId, string? role, CancellationToken ct)
    {
        var cleanEmail = errors.Text("email", email, 200, false, "Thư điện tử");
        if (cleanEmail is not null && !System.Net.Mail.MailAddress.TryCreate(cleanEmail, out _)) errors.Add("email", "Thư điện tử không hợp lệ.");
        var cleanPhone = errors.Text("phoneNumber", phone, 30, false, "Số điện thoại");
        if (cleanPhone is not null && !cleanPhone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')'))
            errors.Add("phoneNumber", "Số điện thoại chỉ gồm chữ số, dấu cách và + . - ( ).");
        if (!Roles.IsKnown(role)) errors.Add("role", "Vai trò không hợp lệ.");
        if (organizationId == Guid.Empty) errors.Add("organizationId", "Chọn tổ chức.");
        else if (!await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct)) errors.Add("organizationId", "Tổ chức không tồn tại.");
        return (cleanEmail, cleanPhone);
    }

    private async Task<bool> AnotherEnabledAdminExistsAsync(Guid exceptUserId) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Any(u => u.Id != exceptUserId && !u.IsDisabled);
}
