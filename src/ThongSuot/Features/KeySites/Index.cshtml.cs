using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.KeySites;

public sealed class IndexModel(KeySitesService service, CurrentUser me, IStringLocalizer<KeySitesText> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? AreaId { get; set; }

    public IReadOnlyList<KeySiteDto> Sites { get; private set; } = [];
    public bool CanManage => me.CanManageDirectory;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await service.ListAsync(new KeySiteQuery(Q, Kind, AreaId), ct);
        if (result.Error is { } error) ModelState.AddModelError(nameof(Kind), error.Fields?.Values.FirstOrDefault()?.FirstOrDefault() ?? error.Message);
        Sites = result.Value ?? [];
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await service.DeleteAsync(id, ct);
        if (result.Error is { Kind: Shared.ServiceErrorKind.Forbidden }) return Forbid();
        TempData["Flash"] = result.Succeeded ? l["Đã xóa điểm trọng yếu."].Value : result.Error!.Message;
        return RedirectToPage(new { Q, Kind, AreaId });
    }
}
