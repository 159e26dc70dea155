using ThongSuot.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ThongSuot.Calendar;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Campaigns;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class CreateModel(CampaignsService service, TimeProvider clock, IStringLocalizer<CampaignsText> l) : CampaignFormPage(service)
{
    /// <summary>Opens on the next Tết Nguyên đán with its suggestion; ?occasion=&amp;year= chooses another.</summary>
    public async Task<IActionResult> OnGetAsync(string? occasion, string? year, CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var nextTet = today.Year < LunarCalendar.MaxYear && today > LunarCalendar.Tet(today.Year) ? today.Year + 1 : today.Year;
        Input = new CampaignForm { Occasion = occasion ?? nameof(CampaignOccasion.LunarNewYear), Year = year ?? nextTet.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return await SuggestAsync(ct);
    }

    public Task<IActionResult> OnPostSuggestAsync(CancellationToken ct) => SuggestAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await SaveAsync(request => Service.CreateAsync(request, ct));
        if (saved is null)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Đã tạo chiến dịch."].Value;
        return Redirect($"/Campaigns/Details/{saved.Id}");
    }
}
