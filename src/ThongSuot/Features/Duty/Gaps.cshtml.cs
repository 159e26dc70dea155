using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Duty;

/// <summary>Organisations whose required coverage has holes in the next 48 hours, soonest first.</summary>
public sealed class GapsModel(CoverageService coverage) : PageModel
{
    public IReadOnlyList<GapDto> Gaps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Gaps = (await coverage.GapsAsync(48, ct)).Value ?? [];
}
