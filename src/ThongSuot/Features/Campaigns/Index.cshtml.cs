using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Campaigns;

public sealed class IndexModel(CampaignsService service, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public IReadOnlyList<CampaignDto> Campaigns { get; private set; } = [];
    public bool CanManage => me.CanManageDirectory;

    public async Task OnGetAsync(CancellationToken ct)
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y)) year = y;
            else { ModelState.AddModelError(nameof(Year), "Năm phải là số."); return; }
        }
        var result = await service.ListAsync(new CampaignQuery(Status, year), ct);
        if (result.Error is { } error) ModelState.AddModelError(nameof(Status), error.Fields?.Values.FirstOrDefault()?.FirstOrDefault() ?? error.Message);
        Campaigns = result.Value ?? [];
    }
}
