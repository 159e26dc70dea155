using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Campaigns;

namespace ThongSuot.Features.Directives;

/// <summary>The campaign page's letters: what the current user may read, oldest first so parents precede cascades.</summary>
internal sealed class DirectiveCampaignLetters(DirectivesService directives) : ICampaignLetters
{
    public async Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct)
    {
        var rows = await directives.Visible().AsNoTracking().Include(d => d.Organization)
            .Where(d => d.CampaignId == campaignId).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var corrected = rows.Where(r => r.PreviousVersionId is not null).Select(r => r.PreviousVersionId!.Value).ToHashSet();
        return rows.Select(d => new CampaignLetterLink(
            d.Id, d.Subject, DirectiveMapping.NumberText(d), d.IssuedOn, $"/Directives/Details/{d.Id}",
            d.ParentDirectiveId, d.Organization?.Name ?? "", DirectiveMapping.StatusName(d.Status), d.Version, d.PreviousVersionId,
            Current: !corrected.Contains(d.Id))).ToList();
    }
}
