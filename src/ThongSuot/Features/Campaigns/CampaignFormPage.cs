using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>Create and Edit share the form, the "suggest from the calendar" button and the save.</summary>
public abstract class CampaignFormPage(CampaignsService service) : PageModel
{
    [BindProperty] public CampaignForm Input { get; set; } = new();
    public IReadOnlyList<CampaignSiteDto> Sites { get; private set; } = [];
    protected CampaignsService Service => service;

    protected async Task LoadAsync(CancellationToken ct)
    {
        Input.PadPeaks();
        Sites = await service.KeySiteChoicesAsync(ct);
    }

    /// <summary>Fills name, phases and peaks from the calendar for the chosen occasion and year.</summary>
    protected async Task<IActionResult> SuggestAsync(CancellationToken ct)
    {
        ModelState.Clear();
        int? year = int.TryParse(Input.Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        if (!string.IsNullOrWhiteSpace(Input.Year) && year is null) ModelState.AddModelError("Input.Year", "Năm phải là số.");
        else
        {
            var suggestion = CampaignsService.Suggest(Input.Occasion, year, Input.Title);
            if (suggestion.Error is { } error) Input.AddErrors(error, ModelState);
            else Input.Apply(suggestion.Value!);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Runs a write; on failure puts the messages beside the fields and returns null.</summary>
    protected async Task<CampaignDto?> SaveAsync(Func<CampaignRequest, Task<ServiceResult<CampaignDto>>> write)
    {
        var request = Input.ToRequest(ModelState);
        if (request is null) return null;
        var result = await write(request);
        if (result.Error is { } error)
        {
            Input.AddErrors(error, ModelState);
            return null;
        }
        return result.Value;
    }
}
