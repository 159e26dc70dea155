using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.KeySites;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class CreateModel(KeySitesService service, IOptions<MapOptions> map, IStringLocalizer<KeySitesText> l) : KeySiteFormPage(service, map.Value)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new KeySiteForm { Kind = nameof(KeySiteKind.FestivalSite) };
        await LoadAreasAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await SaveAsync(request => Service.CreateAsync(request, ct));
        if (saved is null)
        {
            await LoadAreasAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Đã thêm điểm trọng yếu."].Value;
        return Redirect($"/KeySites/Details/{saved.Id}");
    }
}
