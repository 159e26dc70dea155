using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>One organisation's roster in one campaign: coverage timeline, shifts, single and pattern entry, exports.</summary>
public sealed class RosterModel(DutyService duty, CoverageService coverage, DutyFeeds feeds, OrganizationsService organizations, CampaignsService campaigns) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? CampaignId { get; set; }
    [BindProperty] public ShiftForm Shift { get; set; } = new();
    [BindProperty] public PatternForm Pattern { get; set; } = new();
    [TempData] public string? Message { get; set; }
    [TempData] public string? FeedUrl { get; set; }

    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];
    public IReadOnlyList<CampaignDto> Campaigns { get; private set; } = [];
    public OrganizationDto? Organization { get; private set; }
    public CampaignDto? Campaign { get; private set; }
    public IReadOnlyList<PersonDto> People { get; private set; } = [];
    public IReadOnlyList<ShiftDto> Shifts { get; private set; } = [];
    public OrgCoverageDto? Coverage { get; private set; }
    /// <summary>Null when the caller may not manage this organisation's feeds.</summary>
    public IReadOnlyList<FeedInfoDto>? Feeds { get; private set; }
    public bool CanEdit => Organization is not null && duty.Caller.CanEditOrganization(Organization.Id);
    public string Query => $"organizationId={Organization?.Id}&campaignId={Campaign?.Id}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostShiftAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (OrganizationId is not { } org) return BadRequest();
        var result = await duty.CreateAsync(Shift.ToRequest(org, CampaignId), ct);
        return await AfterAsync(result.Error, "Shift", "Đã thêm ca trực.", ct);
    }

    public async Task<IActionResult> OnPostPatternAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (OrganizationId is not { } org) return BadRequest();
        var result = await duty.ApplyPatternAsync(Pattern.ToRequest(org, CampaignId), ct);
        return await AfterAsync(result.Error, "Pattern", $"Đã tạo {result.Value?.Created} ca trực.", ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid shiftId, CancellationToken ct)
    {
        var result = await duty.DeleteAsync(shiftId, ct);
        return await AfterAsync(result.Error, "", "Đã xóa ca trực.", ct);
    }

    public async Task<IActionResult> OnPostFeedAsync(Guid? personId, CancellationToken ct)
    {
        if (OrganizationId is not { } org) return BadRequest();
        var result = await feeds.CreateAsync(new FeedRequest(org, personId), $"{Request.Scheme}://{Request.Host}", ct);
        if (result.Error is null) FeedUrl = result.Value!.Url;
        return await AfterAsync(result.Error, "", "Đã tạo đường dẫn lịch. Sao chép ngay: đường dẫn chỉ hiện một lần.", ct);
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(Guid feedId, CancellationToken ct)
    {
        var result = await feeds.RevokeAsync(feedId, ct);
        return await AfterAsync(result.Error, "", "Đã thu hồi đường dẫn lịch: ứng dụng lịch dùng nó sẽ không nhận được lịch nữa.", ct);
    }

    private async Task<IActionResult> AfterAsync(ServiceError? error, string prefix, string success, CancellationToken ct)
    {
        if (error is null)
        {
            Message = success;
            return RedirectToPage("/Duty/Roster", new { OrganizationId, CampaignId });
        }
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        if (error.Kind == ServiceErrorKind.NotFound) return NotFound();
        error.AddTo(ModelState, prefix);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Organizations = (await organizations.ListAsync(null, null, null, ct)).Value ?? [];
        Campaigns = (await campaigns.ListAsync(new CampaignQuery(), ct)).Value ?? [];
        var me = duty.Caller;
        Organization = Organizations.FirstOrDefault(o => o.Id == OrganizationId) ?? Organizations.FirstOrDefault(o => o.Id == me.OrganizationId) ?? (Organizations.Count > 0 ? Organizations[0] : null);
        Campaign = Campaigns.FirstOrDefault(c => c.Id == CampaignId) ?? Campaigns.FirstOrDefault(c => c.Status == CampaignStatus.Active) ?? (Campaigns.Count > 0 ? Campaigns[0] : null);
        OrganizationId = Organization?.Id;
        CampaignId = Campaign?.Id;
        if (Organization is null || Campaign is null) return;
        People = organizations.CanSeePeople(Organization.Id) ? (await organizations.PeopleAsync(Organization.Id, ct)).Value ?? [] : [];
        Shifts = (await duty.ListAsync(new ShiftQuery(Organization.Id, Campaign.Id), ct)).Value ?? [];
        Coverage = (await coverage.ForOrganizationAsync(Campaign.Id, Organization.Id, ct)).Value;
        Feeds = (await feeds.ListAsync(Organization.Id, ct)).Value;
        if (Pattern.From is null && Campaign.During is { } during) { Pattern.From = during.Start; Pattern.To = during.End; }
    }

    /// <summary>The days the timeline shows: the 'during' phase, or the days the shifts span (at most 31).</summary>
    public IReadOnlyList<DateOnly> TimelineDays()
    {
        DateOnly? first = Campaign?.During?.Start, last = Campaign?.During?.End;
        if (first is null && Shifts.Count > 0) { first = TimeDisplay.VietnamDay(Shifts[0].StartsAt); last = TimeDisplay.VietnamDay(Shifts[^1].EndsAt); }
        if (first is null || last is null) return [];
        var days = new List<DateOnly>();
        for (var d = first.Value; d <= last.Value && days.Count < 31; d = d.AddDays(1)) days.Add(d);
        return days;
    }
}
