using System.ComponentModel.DataAnnotations;

namespace ThongSuot.Features.Accounts;

public enum ApiKeyKind { Organization, Personal }

/// <summary>A key as lists show it: never the key itself, only its prefix.</summary>
public sealed record ApiKeyRow(
    Guid Id, string Name, string Prefix, ApiKeyKind Kind, Guid OrganizationId, string OrganizationShortName,
    Guid? UserId, string? UserName, string Role, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>A new key: <see cref="Key"/> is shown this once and never stored.</summary>
public sealed record ApiKeyCreated(ApiKeyRow ApiKey, string Key);

/// <summary>Request for a new key: an organisation key (organisation + role) or a personal key for the caller.</summary>
public sealed class NewApiKey
{
    [Required(ErrorMessage = "Tên khóa là bắt buộc.")]
    [StringLength(200, ErrorMessage = "Tên khóa dài tối đa 200 ký tự.")]
    public string Name { get; set; } = "";

    public ApiKeyKind Kind { get; set; } = ApiKeyKind.Organization;

    /// <summary>For an organisation key; defaults to the caller's organisation.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>For an organisation key; defaults to Member.</summary>
    [StringLength(20, ErrorMessage = "Vai trò không hợp lệ.")]
    public string? Role { get; set; }
}
