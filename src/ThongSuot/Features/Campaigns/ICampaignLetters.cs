namespace ThongSuot.Features.Campaigns;

/// <summary>A directive letter (công văn) of a campaign, as the campaign page lists it.</summary>
public sealed record CampaignLetterLink(Guid Id, string Title, string? Number, DateOnly? Date, string Url);

/// <summary>
/// The seam for the directives feature: it registers its own implementation (services.AddScoped&lt;ICampaignLetters, ...&gt;()
/// replaces this one) and the campaign page lists what it returns. Until then a campaign has no letters.
/// </summary>
public interface ICampaignLetters
{
    Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct);
}

internal sealed class NoCampaignLetters : ICampaignLetters
{
    public Task<IReadOnlyList<CampaignLetterLink>> ForCampaignAsync(Guid campaignId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CampaignLetterLink>>([]);
}
