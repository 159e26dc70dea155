using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>The duty log of one organisation for one day: entries, handover, receipt; leaders read any organisation's.</summary>
public sealed class LogModel(DutyLogService log, OrganizationsService organizations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? OrganizationId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty] public EntryForm Entry { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<OrganizationDto> Organizations { get; private set; } = [];
    public IReadOnlyList<LogEntryDto> Entries { get; private set; } = [];
    public bool CanWrite => OrganizationId is { } id && organizations.CanEdit(id);

    public sealed class EntryForm
    {
        public string? Kind { get; set; } = nameof(DutyLogKind.Call);
        public string? Text { get; set; }
        public string? Reference { get; set; }
        public string? OpenMatters { get; set; }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await log.AddAsync(new LogRequest(OrganizationId, Entry.Kind, null, Entry.Text, Entry.Reference, Entry.OpenMatters), ct);
        return await AfterAsync(result.Error, "Đã ghi vào sổ.", ct);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid entryId, CancellationToken ct)
    {
        var result = await log.AcknowledgeAsync(entryId, ct);
        return await AfterAsync(result.Error, "Đã xác nhận nhận bàn giao.", ct);
    }

    private async Task<IActionResult> AfterAsync(ServiceError? error, string success, CancellationToken ct)
    {
        if (error is null) { Message = success; return RedirectToPage("/Duty/Log", new { OrganizationId, Day = Day?.ToString("yyyy-MM-dd") }); }
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        if (error.Kind == ServiceErrorKind.NotFound) return NotFound();
        error.AddTo(ModelState, "Entry");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = organizations.Caller;
        Organizations = ((await organizations.ListAsync(null, null, null, ct)).Value ?? []).Where(o => me.CanSeeOrganization(o.Id)).ToList();
        OrganizationId = Organizations.Any(o => o.Id == OrganizationId) ? OrganizationId
            : Organizations.FirstOrDefault(o => o.Id == me.OrganizationId)?.Id ?? (Organizations.Count > 0 ? Organizations[0].Id : null);
        Day ??= TimeDisplay.Today(clock);
        if (OrganizationId is { } id) Entries = (await log.DayAsync(id, Day.Value, ct)).Value ?? [];
    }
}
