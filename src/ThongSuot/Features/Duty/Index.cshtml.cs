using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>"On duty now": the page a duty officer keeps open all night; the board part refreshes itself every minute.</summary>
public sealed class IndexModel(DutyBoard board, OrganizationsService organizations) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? AreaId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public NowDto? Board { get; private set; }
    public IReadOnlyList<AreaRef> Areas { get; private set; } = [];

    public string BoardUrl => $"/Duty?handler=Board&areaId={AreaId}&kind={Uri.EscapeDataString(Kind ?? "")}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Areas = await organizations.AreaOptionsAsync([], ct);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_Board", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await board.NowAsync(AreaId, Kind, ct);
        if (result.Error is { } error) ModelState.AddModelError(nameof(Kind), error.Fields?.Values.FirstOrDefault()?.FirstOrDefault() ?? error.Message);
        Board = result.Value;
    }
}
