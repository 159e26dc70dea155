using ThongSuot.Calendar;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>A request that passed validation, ready to copy onto the entity.</summary>
public sealed record ValidCampaign(
    CampaignOccasion Occasion, int Year, string? Title, string Name, Phase? Before, Phase? During, Phase? After,
    IReadOnlyList<PeakWindow> Peaks, IReadOnlyList<Guid> KeySiteIds)
{
    public bool HasAllPhases => Before is not null && During is not null && After is not null;

    /// <summary>One campaign per fixed occasion and year; titled occasions are unique by their title within a year.</summary>
    public string UniqueKey
    {
        get
        {
            var key = Occasion.NeedsTitle() ? $"title:{Year}:{TextSearch.Normalize(Title)}" : $"{Occasion}:{Year}";
            return key.Length <= 260 ? key : key[..260];
        }
    }
}

/// <summary>Checks a campaign request field by field; field names are the JSON names ("before.end", "peaks[0].name").</summary>
public static class CampaignRules
{
    public const int MaxPeaks = 10;
    public const int MaxKeySites = 500;

    public static ValidCampaign? Validate(CampaignRequest r, FieldErrors errors)
    {
        if (!CampaignOccasions.TryParse(r.Occasion, out var occasion))
            errors.Add("occasion", string.IsNullOrWhiteSpace(r.Occasion) ? "Dịp là bắt buộc." : "Dịp không hợp lệ.");
        var year = r.Year ?? 0;
        if (r.Year is null) errors.Add("year", "Năm là bắt buộc.");
        else if (year is < CampaignOccasions.MinYear or > CampaignOccasions.MaxYear)
            errors.Add("year", $"Năm phải từ {CampaignOccasions.MinYear} đến {CampaignOccasions.MaxYear}.");
        var title = occasion.NeedsTitle() ? errors.Text("title", r.Title, 200, required: true, "Tên dịp") : null;
        var name = errors.Text("name", r.Name, 300, required: false, "Tên chiến dịch");
        if (name is null && !errors.Any) name = CampaignSuggestions.Name(occasion, year, title);

        var yearOk = year is >= CampaignOccasions.MinYear and <= CampaignOccasions.MaxYear;
        var before = PhaseOf("before", "Giai đoạn trước", r.Before, year, yearOk, errors);
        var during = PhaseOf("during", "Giai đoạn trong", r.During, year, yearOk, errors);
        var after = PhaseOf("after", "Giai đoạn sau", r.After, year, yearOk, errors);
        if (before is not null && during is not null && before.End >= during.Start)
            errors.Add("during.start", "Giai đoạn trong phải bắt đầu sau khi giai đoạn trước kết thúc.");
        if (during is not null && after is not null && during.End >= after.Start)
            errors.Add("after.start", "Giai đoạn sau phải bắt đầu sau khi giai đoạn trong kết thúc.");
        if (before is not null && after is not null && during is null && before.End >= after.Start)
            errors.Add("after.start", "Giai đoạn sau phải bắt đầu sau khi giai đoạn trước kết thúc.");

        var peaks = Peaks(r.Peaks, errors);
        var sites = (r.KeySiteIds ?? []).Distinct().ToList();
        if (sites.Count > MaxKeySites) errors.Add("keySiteIds", $"Tối đa {MaxKeySites} điểm trọng yếu.");
        if (errors.Any) return null;
        return new ValidCampaign(occasion, year, title, name!, before, during, after, peaks, sites);
    }

    private static Phase? PhaseOf(string field, string label, PhaseRequest? p, int year, bool yearOk, FieldErrors errors)
    {
        if (p is null || (p.Start is null && p.End is null)) return null;
        if (p.Start is null) { errors.Add($"{field}.start", $"{label}: thiếu ngày bắt đầu."); return null; }
        if (p.End is null) { errors.Add($"{field}.end", $"{label}: thiếu ngày kết thúc."); return null; }
        var ok = true;
        if (yearOk)
        {
            // A phase belongs to the campaign's year; Tết's "before" may start in December of the year before.
            var first = new DateOnly(year - 1, 1, 1);
            var last = new DateOnly(year + 1, 12, 31);
            foreach (var (part, day) in new[] { ("start", p.Start.Value), ("end", p.End.Value) })
                if (day < first || day > last) { errors.Add($"{field}.{part}", $"{label}: ngày phải trong các năm {year - 1}–{year + 1}."); ok = false; }
        }
        if (p.End < p.Start) { errors.Add($"{field}.end", $"{label}: ngày kết thúc phải sau hoặc bằng ngày bắt đầu."); ok = false; }
        return ok ? new Phase(p.Start, p.End) : null;
    }

    private static List<PeakWindow> Peaks(IReadOnlyList<PeakRequest>? peaks, FieldErrors errors)
    {
        var list = new List<PeakWindow>();
        if (peaks is null) return list;
        if (peaks.Count > MaxPeaks) { errors.Add("peaks", $"Tối đa {MaxPeaks} khung giờ cao điểm."); return list; }
        for (var i = 0; i < peaks.Count; i++)
        {
            var p = peaks[i];
            if (p is null) { errors.Add($"peaks[{i}]", "Khung giờ cao điểm trống."); continue; }
            var name = errors.Text($"peaks[{i}].name", p.Name, 200, required: true, "Tên khung giờ");
            if (p.StartsAt is null) errors.Add($"peaks[{i}].startsAt", "Thiếu thời điểm bắt đầu.");
            if (p.EndsAt is null) errors.Add($"peaks[{i}].endsAt", "Thiếu thời điểm kết thúc.");
            if (p.StartsAt is { } s && p.EndsAt is { } e)
            {
                if (e <= s) errors.Add($"peaks[{i}].endsAt", "Thời điểm kết thúc phải sau thời điểm bắt đầu.");
                else if (e - s > TimeSpan.FromDays(7)) errors.Add($"peaks[{i}].endsAt", "Một khung giờ cao điểm dài tối đa 7 ngày.");
                else if (s.Year is < LunarCalendar.MinYear or > LunarCalendar.MaxYear) errors.Add($"peaks[{i}].startsAt", "Thời điểm không hợp lệ.");
                else if (name is not null) list.Add(new PeakWindow(name, s.UtcDateTime, e.UtcDateTime));
            }
        }
        return list;
    }
}
