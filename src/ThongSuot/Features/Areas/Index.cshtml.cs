using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Areas;

public sealed class AreasIndexModel(AreasService areas) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public AreaLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public bool Historical { get; set; }
    /// <summary>"p", not "page": Razor Pages reserves the "page" route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AreaPage Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<AreaView> Provinces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q?.Length > 100) Q = Q[..100];
        if (Province?.Length > 10) Province = null;
        Provinces = await areas.ProvincesAsync(Historical, ct);
        Result = await areas.SearchAsync(new AreaQuery(Q, Level, null, Province, null, Historical, PageNumber, PageSize), ct);
    }

    public string? PageUrl(int page) => Url.Page("/Areas/Index", new { q = Q, province = Province, level = Level, historical = Historical ? "true" : null, p = page });
}
