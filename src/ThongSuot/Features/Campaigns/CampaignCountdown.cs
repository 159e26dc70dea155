using ThongSuot.Shared;
namespace ThongSuot.Features.Campaigns;

/// <summary>The next moment of a campaign to count down to: the start of a phase (00:00 UTC+7) or of a peak window.</summary>
public sealed record CampaignMilestone(string Label, DateTime At, TimeSpan Remaining)
{
    public int Days => (int)Remaining.TotalDays;
    public int Hours => Remaining.Hours;
    public int Minutes => Remaining.Minutes;
}

public static class CampaignCountdown
{
    public static CampaignMilestone? Next(CampaignDto campaign, DateTime nowUtc)
    {
        var moments = new List<(string Label, DateTime At)>();
        if (campaign.Before is { } b) moments.Add(("Bắt đầu giai đoạn trước", CampaignSuggestions.StartOf(b.Start)));
        if (campaign.During is { } d) moments.Add(("Bắt đầu giai đoạn trong", CampaignSuggestions.StartOf(d.Start)));
        if (campaign.After is { } a) moments.Add(("Bắt đầu giai đoạn sau", CampaignSuggestions.StartOf(a.Start)));
        moments.AddRange(campaign.Peaks.Select(p => (p.Name, p.StartsAt)));
        var next = moments.Where(m => m.At > nowUtc).OrderBy(m => m.At).FirstOrDefault();
        return next.Label is null ? null : new CampaignMilestone(next.Label, next.At, next.At - nowUtc);
    }

    /// <summary>The phase or peak under way now, if any ("Giai đoạn trong", "Đêm giao thừa").</summary>
    public static string? Current(CampaignDto campaign, DateTime nowUtc)
    {
        var peak = campaign.Peaks.FirstOrDefault(p => p.StartsAt <= nowUtc && nowUtc < p.EndsAt);
        if (peak is not null) return peak.Name;
        var today = TimeDisplay.VietnamDay(nowUtc);
        if (campaign.During is { } d && d.Start <= today && today <= d.End) return "Giai đoạn trong";
        if (campaign.Before is { } b && b.Start <= today && today <= b.End) return "Giai đoạn trước";
        if (campaign.After is { } a && a.Start <= today && today <= a.End) return "Giai đoạn sau";
        return null;
    }
}
