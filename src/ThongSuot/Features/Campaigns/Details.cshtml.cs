using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

public sealed class DetailsModel(CampaignsService service, CampaignLetters letters, CurrentUser me, TimeProvider clock, IStringLocalizer<CampaignsText> l) : PageModel
{
    public CampaignDto Campaign { get; private set; } = null!;
    public IReadOnlyList<CampaignLetterLink> Letters { get; private set; } = [];
    /// <summary>Computed with the injected clock so the page is right without script; the script only keeps it ticking.</summary>
    public CampaignMilestone? Next { get; private set; }
    public string? Current { get; private set; }
    public string? Error { get; private set; }
    public bool CanManage => me.CanManageDirectory;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, service.ActivateAsync(id, ct), l["Đã kích hoạt chiến dịch."].Value, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, service.CloseAsync(id, ct), l["Đã kết thúc chiến dịch."].Value, ct);

    private async Task<IActionResult> MoveAsync(Guid id, Task<ServiceResult<CampaignDto>> move, string done, CancellationToken ct)
    {
        var result = await move;
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { } error)
        {
            Error = error.Message;
            await LoadAsync(id, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Flash"] = done;
        return Redirect($"/Campaigns/Details/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = (await service.GetAsync(id, ct)).Value;
        if (found is null) return false;
        Campaign = found;
        Letters = await letters.ForCampaignAsync(id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Next = CampaignCountdown.Next(found, now);
        Current = CampaignCountdown.Current(found, now);
        return true;
    }
}
