using System.Security.Claims;

namespace ThongSuot.Features.Accounts;

/// <summary>The caller of this request, person or API key, and what it may see.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string? UserName => Principal.Identity?.Name;
    public string? FullName => Principal.FindFirstValue(AppClaims.FullName);
    public Guid? ApiKeyId => Guid.TryParse(Principal.FindFirstValue(AppClaims.ApiKeyId), out var id) ? id : null;
    public Guid OrganizationId => Guid.TryParse(Principal.FindFirstValue(AppClaims.OrganizationId), out var id) ? id : Guid.Empty;
    public string? Role => Roles.All.FirstOrDefault(Principal.IsInRole);

    public bool IsInRole(string role) => Principal.IsInRole(role);
    public bool IsAdmin => IsInRole(Roles.Admin);
    public bool CanManageDirectory => IsInRole(Roles.Admin) || IsInRole(Roles.Coordinator);
    public bool SeesAllOrganizations => Roles.ProvinceWide.Any(IsInRole);

    /// <summary>May read the private data (people, users, keys) of this organisation.</summary>
    public bool CanSeeOrganization(Guid organizationId) => SeesAllOrganizations || organizationId == OrganizationId;

    /// <summary>May change this organisation's data: the directory managers, or a Member of the organisation itself.</summary>
    public bool CanEditOrganization(Guid organizationId) =>
        CanManageDirectory || (IsInRole(Roles.Member) && organizationId == OrganizationId);
}
