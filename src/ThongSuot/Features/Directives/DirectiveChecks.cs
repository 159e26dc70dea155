using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;
using static ThongSuot.Shared.UiLanguage;

namespace ThongSuot.Features.Directives;

/// <summary>What the checks found: errors refuse issuing (the letter would be legally wrong), warnings need an acknowledgement.</summary>
public sealed record DirectiveCheckResult(FieldErrors Errors, IReadOnlyList<DirectiveWarning> Warnings);

/// <summary>
/// The checks before a letter is issued, on the loaded letter alone (pure, no database). Each message names the place
/// in the letter ("Căn cứ 2: …", "Kính gửi dòng 3 …", "Mục II, nhiệm vụ 4: …"), because the issue page and the API list
/// them without the editor around them. Field names are the JSON paths of the directive request.
/// </summary>
public static class DirectiveChecks
{
    /// <param name="d">Loaded with its issuing Organization, legal bases, recipients with organisations, sections with tasks and distribution.</param>
    public static DirectiveCheckResult Check(Directive d, Campaign? campaign)
    {
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(d.SignerName)) e.Add("signerName", Pick("Cần có người ký trước khi ban hành.", "A signer is needed before issuing."));
        if (d.Recipients.Count == 0) e.Add("recipients", Pick("Cần có ít nhất một nơi gửi (Kính gửi) trước khi ban hành.", "At least one addressee (Kính gửi) is needed before issuing."));
        if (d.Sections.Sum(s => s.Tasks.Count) == 0) e.Add("sections", Pick("Cần có ít nhất một nhiệm vụ trước khi ban hành.", "At least one task is needed before issuing."));
        foreach (var (field, place, text) in DirectivePlaces.Texts(d))
            if (LetterPlaceholders.Find(text) is { Count: > 0 } blanks)
                e.Add(field, Pick($"{place}: còn chỗ trống {Quoted(blanks)}.", $"{place}: blank left {Quoted(blanks)}."));
        foreach (var (line, i) in d.Recipients.OrderBy(r => r.Order).Select((r, i) => (r, i)))
            if (line.Organizations.Count == 0)
                e.Add($"recipients[{i}].organizationIds", Pick($"Kính gửi dòng {i + 1} («{line.Label}») chưa gắn với tổ chức nào.",
                    $"Kính gửi line {i + 1} («{line.Label}») is bound to no organisation."));
        IssuerVoice.Check(d, e);
        return new(e, Warnings(d, campaign));
    }

    /// <summary>Due dates outside the campaign (earliest phase start … latest phase end) and reports asked for without a due date.</summary>
    public static List<DirectiveWarning> Warnings(Directive d, Campaign? campaign)
    {
        var span = Span(campaign);
        var warnings = new List<DirectiveWarning>();
        foreach (var (task, field, place) in DirectivePlaces.Tasks(d))
        {
            if (task.DueDate is { } due && span is { } s && (due < s.From || due > s.To))
                warnings.Add(new(field + ".dueDate", Pick(
                    $"{place}: hạn {TimeDisplay.FormatDate(due)} nằm ngoài thời gian của chiến dịch ({TimeDisplay.FormatDate(s.From)} – {TimeDisplay.FormatDate(s.To)}).",
                    $"{place}: due date {TimeDisplay.FormatDate(due)} is outside the campaign ({TimeDisplay.FormatDate(s.From)} – {TimeDisplay.FormatDate(s.To)}).")));
            if (task.ReportRequired && task.DueDate is null)
                warnings.Add(new(field + ".dueDate", Pick($"{place}: nhiệm vụ yêu cầu báo cáo nhưng chưa có hạn.", $"{place}: the task asks for a report but has no due date.")));
        }
        return warnings;
    }

    private static string Quoted(IEnumerable<string> blanks) => string.Join(", ", blanks.Select(b => $"«{b}»"));

    private static (DateOnly From, DateOnly To)? Span(Campaign? campaign)
    {
        if (campaign is null) return null;
        var from = new[] { campaign.BeforeStart, campaign.DuringStart, campaign.AfterStart }.Min();
        var to = new[] { campaign.BeforeEnd, campaign.DuringEnd, campaign.AfterEnd }.Max();
        return from is { } f && to is { } t ? (f, t) : null;
    }
}
