using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Directives;

namespace ThongSuot.Features.Campaigns;

/// <summary>
/// A directive letter (công văn) of a campaign, as the campaign page lists it: <see cref="ParentId"/> is the letter it
/// implements (a cascade), <see cref="PreviousVersionId"/> the version it corrects; <see cref="Status"/> is the Vietnamese status name.
/// </summary>
public sealed record CampaignLetterLink(
    Guid Id, string Title, string? Number, DateOnly? Date, string Url,
    Guid? ParentId = null, string IssuerName = "", string Status = "", int Version = 1, Guid? PreviousVersionId = null, bool Current = true);

/// <summary>
/// The campaign page's letters, read from the directives feature's tables through the shared DbContext (a read across
/// features; the directives feature owns the writes): what the current user may read, oldest first so parents precede
/// cascades.
/// </summary>
public sealed class CampaignLetters(AppDbContext db, CurrentUser me)
{
    public async Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct)
    {
        var rows = await DirectiveVisibility.For(db.Set<Directive>(), me).AsNoTracking()
            .Where(d => d.CampaignId == campaignId).OrderBy(d => d.CreatedAt)
            .Select(d => new
            {
                d.Id, d.Subject, d.Number, d.Symbol, d.IssuedOn, d.ParentDirectiveId, Issuer = d.Organization!.Name, d.Status, d.Version, d.PreviousVersionId,
            })
            .ToListAsync(ct);
        var corrected = rows.Where(r => r.PreviousVersionId is not null).Select(r => r.PreviousVersionId!.Value).ToHashSet();
        return rows.Select(d => new CampaignLetterLink(
            d.Id, d.Subject, d.Number is { } n ? $"{n:00}/{d.Symbol}" : null, d.IssuedOn, $"/Directives/Details/{d.Id}",
            d.ParentDirectiveId, d.Issuer ?? "", DirectiveMapping.StatusName(d.Status), d.Version, d.PreviousVersionId,
            Current: !corrected.Contains(d.Id))).ToList();
    }
}

/// <summary>Letters as a tree: roots are letters whose parent is not listed (or none); cascades nest under their parent.</summary>
public static class CampaignLetterTree
{
    public static IReadOnlyList<CampaignLetterLink> Roots(IReadOnlyList<CampaignLetterLink> letters) =>
        letters.Where(l => l.ParentId is null || letters.All(p => p.Id != l.ParentId)).ToList();

    public static IReadOnlyList<CampaignLetterLink> Children(IReadOnlyList<CampaignLetterLink> letters, Guid id) =>
        letters.Where(l => l.ParentId == id).ToList();
}
