using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts.ApiKeys;

/// <summary>/Accounts/ApiKeys: the keys the caller may see, create and revoke (the service decides).</summary>
public sealed class IndexModel(ApiKeysService keys, AppDbContext db, CurrentUser me) : PageModel
{
    [BindProperty] public NewApiKey Input { get; set; } = new();
    public IReadOnlyList<ApiKeyRow> Keys { get; private set; } = [];
    public List<SelectListItem> Organizations { get; private set; } = [];
    /// <summary>The new key, shown on this response only.</summary>
    public ApiKeyCreated? Created { get; private set; }

    /// <summary>Leaders and Viewers create personal keys only.</summary>
    public bool MayCreateOrganizationKeys => me.IsAdmin || me.IsInRole(Roles.Coordinator) || me.IsInRole(Roles.Member);
    public IReadOnlyList<string> GrantableRoles => me.IsAdmin ? Roles.All : me.SeesAllOrganizations ? [Roles.Member, Roles.Viewer] : [Roles.Member];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await keys.CreateAsync(Input, ct);
            if (result.Value is { } created)
            {
                Created = created;
                ModelState.Clear();
                Input = new NewApiKey();
            }
            else result.Error!.AddTo(ModelState);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var result = await keys.RevokeAsync(id, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { } error) return StatusCode(StatusCodes.Status403Forbidden, error.Message);
        TempData["Flash"] = $"Đã thu hồi khóa {result.Value!.Name}.";
        return RedirectToPage();
    }

    public bool MayRevoke(ApiKeyRow key) =>
        key.RevokedAt is null && (me.IsAdmin
            || (key.Kind == ApiKeyKind.Personal && key.UserId == me.UserId)
            || (key.Kind == ApiKeyKind.Organization && Roles.Rank(key.Role) <= Roles.Rank(Roles.Member)
                && (me.IsInRole(Roles.Coordinator) || (me.IsInRole(Roles.Member) && key.OrganizationId == me.OrganizationId))));

    private async Task LoadAsync(CancellationToken ct)
    {
        Keys = await keys.ListAsync(ct);
        var seesAll = me.IsAdmin || me.IsInRole(Roles.Coordinator);
        Organizations = await AccountOptions.OrganizationsAsync(db, id => seesAll || id == me.OrganizationId);
        Input.OrganizationId ??= me.OrganizationId;
    }
}
