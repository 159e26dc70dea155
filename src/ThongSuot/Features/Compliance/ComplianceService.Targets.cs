using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Compliance;

public sealed partial class ComplianceService
{
    private static readonly AreaKind[] CommuneKinds = [AreaKind.Commune, AreaKind.Ward, AreaKind.SpecialZone];

    /// <summary>The key sites in the campaign's scope and today's communes, loaded only when a field repeats over them.</summary>
    private async Task<ReadinessTargets> TargetsAsync(Guid campaignId, IReadOnlyList<ReadinessField> fields, CancellationToken ct)
    {
        IReadOnlyList<ReadinessTarget> keySites = [], areas = [];
        if (fields.Any(f => f.Repeat == ReadinessFieldRepeat.KeySite))
        {
            var rows = await db.Set<CampaignKeySite>().AsNoTracking().Where(c => c.CampaignId == campaignId)
                .Select(c => new { c.KeySiteId, c.KeySite!.Name }).ToListAsync(ct);
            keySites = rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new ReadinessTarget(r.KeySiteId, r.Name)).ToList();
        }
        if (fields.Any(f => f.Repeat == ReadinessFieldRepeat.Area))
        {
            var today = Today;
            var rows = await db.Set<Area>().AsNoTracking()
                .Where(a => CommuneKinds.Contains(a.Kind) && a.ValidFrom <= today && (a.ValidTo == null || today < a.ValidTo))
                .Select(a => new { a.Id, a.Kind, a.Name }).ToListAsync(ct);
            areas = rows.OrderBy(r => r.Name, StringComparer.CurrentCulture)
                .Select(r => new ReadinessTarget(r.Id, $"{r.Kind.VietnameseName()} {r.Name}")).ToList();
        }
        return new ReadinessTargets(keySites, areas);
    }
}
