using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>
/// The create/edit form. Dates and times are bound as text and parsed invariantly (yyyy-MM-dd from date inputs, or
/// dd/MM/yyyy typed by hand); peak times are Vietnamese wall-clock times (UTC+7).
/// </summary>
public sealed class CampaignForm
{
    public const int BlankPeakRows = 2;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] TimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm"];

    public string? Occasion { get; set; }
    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? Name { get; set; }
    public string? BeforeStart { get; set; }
    public string? BeforeEnd { get; set; }
    public string? DuringStart { get; set; }
    public string? DuringEnd { get; set; }
    public string? AfterStart { get; set; }
    public string? AfterEnd { get; set; }
    public List<PeakForm> Peaks { get; set; } = [];
    public List<Guid> KeySiteIds { get; set; } = [];

    public sealed class PeakForm
    {
        public string? Name { get; set; }
        public string? StartsAt { get; set; }
        public string? EndsAt { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(StartsAt) && string.IsNullOrWhiteSpace(EndsAt);
    }

    public static CampaignForm From(CampaignDto c) => new()
    {
        Occasion = c.Occasion.ToString(), Year = c.Year.ToString(CultureInfo.InvariantCulture), Title = c.Title, Name = c.Name,
        BeforeStart = Iso(c.Before?.Start), BeforeEnd = Iso(c.Before?.End), DuringStart = Iso(c.During?.Start), DuringEnd = Iso(c.During?.End),
        AfterStart = Iso(c.After?.Start), AfterEnd = Iso(c.After?.End),
        Peaks = c.Peaks.Select(p => new PeakForm { Name = p.Name, StartsAt = Local(p.StartsAt), EndsAt = Local(p.EndsAt) }).ToList(),
        KeySiteIds = c.KeySites.Select(s => s.Id).ToList(),
    };

    /// <summary>Replaces name, phases and peaks with the suggestion; keeps the title and the key sites.</summary>
    public void Apply(CampaignSuggestionDto s)
    {
        Name = s.Name;
        (BeforeStart, BeforeEnd) = (Iso(s.Before?.Start), Iso(s.Before?.End));
        (DuringStart, DuringEnd) = (Iso(s.During?.Start), Iso(s.During?.End));
        (AfterStart, AfterEnd) = (Iso(s.After?.Start), Iso(s.After?.End));
        Peaks = s.Peaks.Select(p => new PeakForm { Name = p.Name, StartsAt = Local(p.StartsAt), EndsAt = Local(p.EndsAt) }).ToList();
    }

    /// <summary>Pads the peak rows with blank ones so a peak can be added without script.</summary>
    public void PadPeaks()
    {
        while (Peaks.Count < CampaignRules.MaxPeaks && Peaks.Count(p => p.IsBlank) < BlankPeakRows) Peaks.Add(new PeakForm());
    }

    /// <summary>The request the service validates, or null with messages beside the fields that could not be read.</summary>
    public CampaignRequest? ToRequest(ModelStateDictionary modelState, string prefix = "Input")
    {
        var ok = true;
        DateOnly? Date(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            modelState.AddModelError($"{prefix}.{field}", "Ngày không hợp lệ (dd/MM/yyyy).");
            ok = false;
            return null;
        }
        DateTimeOffset? Time(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return new DateTimeOffset(t, TimeSpan.FromHours(7));
            modelState.AddModelError($"{prefix}.{field}", "Thời điểm không hợp lệ (dd/MM/yyyy HH:mm).");
            ok = false;
            return null;
        }
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y)) year = y;
            else { modelState.AddModelError($"{prefix}.Year", "Năm phải là số."); ok = false; }
        }
        var before = new PhaseRequest(Date(nameof(BeforeStart), BeforeStart), Date(nameof(BeforeEnd), BeforeEnd));
        var during = new PhaseRequest(Date(nameof(DuringStart), DuringStart), Date(nameof(DuringEnd), DuringEnd));
        var after = new PhaseRequest(Date(nameof(AfterStart), AfterStart), Date(nameof(AfterEnd), AfterEnd));
        // Blank rows are dropped; the remaining rows keep their form index for the error messages (see FieldName).
        var peaks = Peaks.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank)
            .Select(x => new PeakRequest(x.p.Name, Time($"Peaks[{x.i}].StartsAt", x.p.StartsAt), Time($"Peaks[{x.i}].EndsAt", x.p.EndsAt))).ToList();
        return ok ? new CampaignRequest(Occasion, year, Title, Name, before, during, after, peaks, KeySiteIds) : null;
    }

    /// <summary>Puts the service's field errors (JSON names, "before.end", "peaks[0].name") beside this form's fields.</summary>
    public void AddErrors(ServiceError error, ModelStateDictionary modelState, string prefix = "Input")
    {
        if (error.Fields is not { Count: > 0 } fields)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }
        var rows = Peaks.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank).Select(x => x.i).ToList();
        foreach (var (field, messages) in fields)
            foreach (var message in messages)
                modelState.AddModelError($"{prefix}.{FieldName(field, rows)}", message);
    }

    private static string FieldName(string field, List<int> rows)
    {
        static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
        var parts = field.Split('.');
        if (parts[0] is "before" or "during" or "after") return string.Concat(parts.Select(Cap));
        if (parts[0].StartsWith("peaks[", StringComparison.Ordinal) && int.TryParse(parts[0][6..^1], out var i) && i < rows.Count)
            parts[0] = $"peaks[{rows[i]}]";
        return string.Join('.', parts.Select(Cap));
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => TimeDisplay.ToVietnam(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>"23/12 âm lịch" beside a date the form holds, for lunar occasions.</summary>
    public string? LunarOf(string? text) =>
        CampaignOccasions.TryParse(Occasion, out var o) && o.IsLunar() && !string.IsNullOrWhiteSpace(text)
        && DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? CampaignsService.Lunar(d) : null;
}
