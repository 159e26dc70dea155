using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class EditModel(KeySitesService service, IOptions<MapOptions> map, IStringLocalizer<KeySitesText> l) : KeySiteFormPage(service, map.Value)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public string? CurrentName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var site = await Service.GetAsync(Id, ct);
        if (site.Value is null) return NotFound();
        CurrentName = site.Value.Name;
        Input = KeySiteForm.From(site.Value);
        await LoadAreasAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await SaveAsync(request => Service.UpdateAsync(Id, request, ct));
        if (saved is null)
        {
            CurrentName = (await Service.GetAsync(Id, ct)).Value?.Name;
            if (CurrentName is null) return NotFound();
            await LoadAreasAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu điểm trọng yếu."].Value;
        return Redirect($"/KeySites/Details/{saved.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await Service.DeleteAsync(Id, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        TempData["Flash"] = result.Succeeded ? l["Đã xóa điểm trọng yếu."].Value : result.Error!.Message;
        return Redirect(result.Succeeded ? "/KeySites" : $"/KeySites/Edit/{Id}");
    }
}
