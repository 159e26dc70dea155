namespace ThongSuot.Features.Campaigns;

/// <summary>
/// A directive letter (công văn) of a campaign, as the campaign page lists it: <see cref="ParentId"/> is the letter it
/// implements (a cascade), <see cref="PreviousVersionId"/> the version it corrects; <see cref="Status"/> is the Vietnamese status name.
/// </summary>
public sealed record CampaignLetterLink(
    Guid Id, string Title, string? Number, DateOnly? Date, string Url,
    Guid? ParentId = null, string IssuerName = "", string Status = "", int Version = 1, Guid? PreviousVersionId = null, bool Current = true);

/// <summary>
/// The seam for the directives feature: it registers its own implementation (services.Replace) and the campaign page
/// lists what it returns, as a tree. Without it a campaign has no letters.
/// </summary>
public interface ICampaignLetters
{
    /// <summary>The campaign's letters the current user may read.</summary>
    Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct);
}

internal sealed class NoCampaignLetters : ICampaignLetters
{
    public Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CampaignLetterLink>>([]);
}

/// <summary>Letters as a tree: roots are letters whose parent is not listed (or none); cascades nest under their parent.</summary>
public static class CampaignLetterTree
{
    public static IReadOnlyList<CampaignLetterLink> Roots(IReadOnlyList<CampaignLetterLink> letters) =>
        letters.Where(l => l.ParentId is null || letters.All(p => p.Id != l.ParentId)).ToList();

    public static IReadOnlyList<CampaignLetterLink> Children(IReadOnlyList<CampaignLetterLink> letters, Guid id) =>
        letters.Where(l => l.ParentId == id).ToList();
}
