using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>Organisations whose required coverage has holes in the next 48 hours, soonest first; and what is required.</summary>
public sealed class GapsModel(CoverageService coverage, CoverageRequirements requirements, CampaignsService campaigns, OrganizationsService organizations) : PageModel
{
    public IReadOnlyList<GapDto> Gaps { get; private set; } = [];
    public IReadOnlyList<(string Campaign, string Target, string Requirement)> Requirements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Gaps = (await coverage.GapsAsync(48, ct)).Value ?? [];
        var names = ((await organizations.ListAsync(null, null, null, ct)).Value ?? []).ToDictionary(o => o.Id, o => o.ShortName);
        var rows = new List<(string, string, string)>();
        foreach (var campaign in (await campaigns.ListAsync(new CampaignQuery(nameof(CampaignStatus.Active)), ct)).Value ?? [])
            foreach (var r in (await requirements.ListAsync(campaign.Id, ct)).Value ?? [])
                rows.Add((campaign.Name, r.OrganizationId is { } id ? names.GetValueOrDefault(id, "") : r.OrganizationKind?.Vietnamese() ?? "", r.Description));
        Requirements = rows;
    }
}
