using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.KeySites;

public sealed class DetailsModel(KeySitesService service, CurrentUser me, IOptions<MapOptions> map) : PageModel
{
    public KeySiteDto Site { get; private set; } = null!;
    public MapOptions Map => map.Value;
    public bool CanManage => me.CanManageDirectory;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var result = await service.GetAsync(id, ct);
        if (result.Value is null) return NotFound();
        Site = result.Value;
        return Page();
    }
}
