namespace ThongSuot.Features.Campaigns;

/// <summary>Marker for the campaign pages' English texts (CampaignsText.en.resx).</summary>
public sealed class CampaignsText;
