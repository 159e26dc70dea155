using System.ComponentModel.DataAnnotations;

namespace ThongSuot.Features.Accounts;

/// <summary>A user as the admin pages and the API show it. <see cref="LockoutEnd"/> in the future means locked out.</summary>
public sealed record UserRow(
    Guid Id, string UserName, string FullName, string? Email, string? PhoneNumber,
    Guid OrganizationId, string OrganizationShortName, string OrganizationName,
    string Role, bool IsDisabled, DateTimeOffset? LockoutEnd, DateTime? LastSignInAt, DateTime CreatedAt)
{
    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}

/// <summary>What an admin (or the CLI) gives to create a user. Field names match the JSON the API accepts.</summary>
public sealed class NewUser
{
    [Required(ErrorMessage = "Tên đăng nhập là bắt buộc.")]
    [StringLength(256, ErrorMessage = "Tên đăng nhập dài tối đa 256 ký tự.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Họ và tên là bắt buộc.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài tối đa 200 ký tự.")]
    public string FullName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Thư điện tử dài tối đa 200 ký tự.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Số điện thoại dài tối đa 30 ký tự.")]
    public string? PhoneNumber { get; set; }

    public Guid OrganizationId { get; set; }

    [Required(ErrorMessage = "Vai trò là bắt buộc.")]
    [StringLength(20, ErrorMessage = "Vai trò không hợp lệ.")]
    public string Role { get; set; } = Roles.Member;

    [Required(ErrorMessage = "Mật khẩu là bắt buộc.")]
    [StringLength(256, ErrorMessage = "Mật khẩu dài tối đa 256 ký tự.")]
    public string Password { get; set; } = "";
}

/// <summary>The changes an admin may make to an existing user (not the user name, not the password).</summary>
public sealed class UserChanges
{
    [Required(ErrorMessage = "Họ và tên là bắt buộc.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài tối đa 200 ký tự.")]
    public string FullName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Thư điện tử dài tối đa 200 ký tự.")]
    public string? Email { get; set; }

    [StringLength(30, ErrorMessage = "Số điện thoại dài tối đa 30 ký tự.")]
    public string? PhoneNumber { get; set; }

    public Guid OrganizationId { get; set; }

    [Required(ErrorMessage = "Vai trò là bắt buộc.")]
    [StringLength(20, ErrorMessage = "Vai trò không hợp lệ.")]
    public string Role { get; set; } = Roles.Member;
}

/// <summary>An admin's password reset: a chosen password, or none to have one generated (and shown once).</summary>
public sealed record PasswordReset([property: StringLength(256)] string? NewPassword);

/// <summary>The result of a reset: the generated password, or null when the admin chose it.</summary>
public sealed record PasswordResetResult(Guid UserId, string? GeneratedPassword);

/// <summary>Who the caller is, for GET /api/v1/me.</summary>
public sealed record WhoAmI(
    Guid? UserId, string? UserName, string? FullName, Guid OrganizationId, string? OrganizationShortName,
    string? OrganizationName, string? Role, string? RoleName, Guid? ApiKeyId, string AuthenticatedBy);
