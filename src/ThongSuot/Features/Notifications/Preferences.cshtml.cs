using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

public sealed class PreferenceInput
{
    public NotificationCategory Category { get; set; }
    public bool InApp { get; set; }
    public bool Email { get; set; }
    public bool Webhook { get; set; }
}

/// <summary>/Notifications/Preferences: the organisation's channels per category (its editors) and one's own.</summary>
public sealed class PreferencesModel(PreferencesService preferences, AppDbContext db, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? OrganizationId { get; set; }
    [BindProperty] public List<PreferenceInput> Organization { get; set; } = [];
    [BindProperty] public List<PreferenceInput> Mine { get; set; } = [];
    public PreferencesDto? Data { get; private set; }
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostOrganizationAsync(CancellationToken ct)
    {
        var result = await preferences.SetOrganizationAsync(OrganizationId ?? me.OrganizationId, Organization.Select(Dto).ToList(), ct);
        return Done(result.Error, "Đã lưu cách nhận thông báo của tổ chức.");
    }

    public async Task<IActionResult> OnPostMineAsync(CancellationToken ct)
    {
        var result = await preferences.SetMineAsync(Mine.Select(Dto).ToList(), ct);
        return Done(result.Error, "Đã lưu cách nhận thông báo của bạn.");
    }

    private IActionResult Done(ServiceError? error, string flash)
    {
        if (error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (error is { Kind: ServiceErrorKind.Forbidden }) return StatusCode(StatusCodes.Status403Forbidden, error.Message);
        TempData["Flash"] = error?.Message ?? flash;
        return RedirectToPage(new { OrganizationId });
    }

    private static PreferenceDto Dto(PreferenceInput p) => new(p.Category, p.InApp, p.Email, p.Webhook);

    private static List<PreferenceInput> Inputs(IEnumerable<PreferenceDto> rows) =>
        rows.Select(r => new PreferenceInput { Category = r.Category, InApp = r.InApp, Email = r.Email, Webhook = r.Webhook }).ToList();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var result = await preferences.GetAsync(OrganizationId, ct);
        if (result.Value is not { } data) return false;
        Data = data;
        Organization = Inputs(data.Organization);
        Mine = data.Mine is null ? [] : Inputs(data.Mine);
        Organizations = await AccountOptions.OrganizationsAsync(db, id => me.CanEditOrganization(id) || id == me.OrganizationId);
        return true;
    }
}
