using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>/Incidents/Metrics?campaignId=…&amp;by=…: MTTA/MTTR of one campaign by one dimension, as a chart and a table. Without a campaign, the active one (or the latest).</summary>
public sealed class MetricsModel(MetricsService metrics, Data.AppDbContext db) : PageModel
{
    [FromQuery] public Guid? CampaignId { get; set; }
    [FromQuery] public string? By { get; set; }

    public IReadOnlyList<MetricsCampaign> Campaigns { get; private set; } = [];
    public MetricsReport? Report { get; private set; }
    public MetricsDimension Dimension { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Campaigns = await metrics.CampaignsAsync(ct);
        if (!MetricsService.TryParseDimension(By, out var by)) ModelState.AddModelError("By", "Chỉ nhận type, severity, operator hoặc area.");
        Dimension = by;
        CampaignId ??= await ActiveCampaignAsync(ct) ?? (Campaigns.Count > 0 ? Campaigns[0].Id : null);
        if (CampaignId is not { } id || !ModelState.IsValid) return Page();
        var result = await metrics.CalculateAsync(id, by, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        Report = result.Value;
        return Page();
    }

    private Task<Guid?> ActiveCampaignAsync(CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Set<Campaign>().Where(c => c.Status == CampaignStatus.Active).OrderByDescending(c => c.Year).Select(c => (Guid?)c.Id), ct);

    public string CsvLink => $"/api/v1/incidents/metrics.csv?campaignId={CampaignId}&by={Dimension.ToString().ToLowerInvariant()}";
}
