using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ThongSuot.Features.KeySites;

public sealed class MapModel(KeySitesService service, IOptions<MapOptions> map) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? AreaId { get; set; }
    /// <summary>A site whose marker opens first (from the list's coordinates link).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Focus { get; set; }

    public IReadOnlyList<KeySiteDto> Sites { get; private set; } = [];
    public MapOptions Map => map.Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await service.ListAsync(new KeySiteQuery(Q, Kind, AreaId), ct);
        if (result.Error is { } error) ModelState.AddModelError(nameof(Kind), error.Fields?.Values.FirstOrDefault()?.FirstOrDefault() ?? error.Message);
        Sites = result.Value ?? [];
    }
}
