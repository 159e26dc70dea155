using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Campaigns;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class EditModel(CampaignsService service, IStringLocalizer<CampaignsText> l) : CampaignFormPage(service)
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public string CurrentName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await FindAsync(ct);
        if (found is null) return NotFound();
        if (found.Status == CampaignStatus.Closed) return Redirect($"/Campaigns/Details/{Id}");
        Input = CampaignForm.From(found);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSuggestAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFound();
        return await SuggestAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return NotFound();
        var saved = await SaveAsync(request => Service.UpdateAsync(Id, request, ct));
        if (saved is null)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu chiến dịch."].Value;
        return Redirect($"/Campaigns/Details/{saved.Id}");
    }

    private async Task<CampaignDto?> FindAsync(CancellationToken ct)
    {
        var found = (await Service.GetAsync(Id, ct)).Value;
        CurrentName = found?.Name ?? "";
        return found;
    }
}
