using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>
/// Organisations whose required coverage has holes in the next 48 hours, soonest first; what each active campaign
/// requires, which coordinators add and delete here.
/// </summary>
public sealed class GapsModel(CoverageService coverage, CoverageRequirements requirements, CampaignsService campaigns, OrganizationsService organizations, CurrentUser me) : PageModel
{
    [BindProperty] public RequirementForm Input { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<GapDto> Gaps { get; private set; } = [];
    public IReadOnlyList<CampaignRequirementsView> Campaigns { get; private set; } = [];
    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];
    public bool CanManage => me.CanManageDirectory;

    /// <summary>The campaign whose form was posted back with errors: only that form shows them and keeps the input.</summary>
    public Guid? PostedCampaignId { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await requirements.AddAsync(Input.ToRequest(), ct);
        return await AfterAsync(result.Error, "Đã thêm yêu cầu trực.", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid requirementId, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await requirements.DeleteAsync(requirementId, ct);
        return await AfterAsync(result.Error, "Đã xóa yêu cầu trực.", ct);
    }

    private async Task<IActionResult> AfterAsync(ServiceError? error, string success, CancellationToken ct)
    {
        if (error is null)
        {
            Message = success;
            return RedirectToPage("/Duty/Gaps");
        }
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        if (error.Kind == ServiceErrorKind.NotFound) return NotFound();
        error.AddTo(ModelState, "Input");
        PostedCampaignId = Input.CampaignId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Gaps = (await coverage.GapsAsync(48, ct)).Value ?? [];
        Organizations = (await organizations.ListAsync(null, null, null, ct)).Value ?? [];
        var names = Organizations.ToDictionary(o => o.Id, o => o.ShortName);
        var views = new List<CampaignRequirementsView>();
        foreach (var campaign in (await campaigns.ListAsync(new CampaignQuery(nameof(CampaignStatus.Active)), ct)).Value ?? [])
        {
            var rows = ((await requirements.ListAsync(campaign.Id, ct)).Value ?? [])
                .Select(r => new RequirementRow(r.Id, r.OrganizationId is { } id ? names.GetValueOrDefault(id, "") : r.OrganizationKind?.Vietnamese() ?? "", r.Description))
                .ToList();
            views.Add(new CampaignRequirementsView(campaign.Id, campaign.Name, rows));
        }
        Campaigns = views;
    }

    /// <summary>The form for a campaign: what was posted back for the campaign in error, a fresh one otherwise.</summary>
    public RequirementForm FormFor(Guid campaignId) =>
        PostedCampaignId == campaignId ? Input : new RequirementForm { CampaignId = campaignId };
}
