using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>One incident: facts, timeline, and the actions the caller may take. A stale revision comes back as a message, with the typed note kept.</summary>
public sealed class DetailsModel(IncidentsService service, OrganizationsService organizations, CurrentUser me) : PageModel
{
    public IncidentDto Incident { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string ShortName, string Name)> Organizations { get; private set; } = [];
    public bool CanManage => me.CanManageDirectory;
    public Guid MyOrganizationId => me.OrganizationId;
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? NoteText { get; set; }
    [BindProperty] public string? RestoredAt { get; set; }
    [BindProperty] public string? StartedAt { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(Guid id, string? status, int? revision, CancellationToken ct) =>
        ActAsync(id, () => service.ChangeStatusAsync(id, new StatusRequest(status, revision, Note) { RestoredAt = RestoredAt }, ct), ct);

    public Task<IActionResult> OnPostTimesAsync(Guid id, int? revision, CancellationToken ct) =>
        ActAsync(id, () => service.ChangeTimesAsync(id, new TimesRequest(StartedAt, RestoredAt, Reason, revision), ct), ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, () => service.AddNoteAsync(id, new NoteRequest(NoteText), ct), ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, List<Guid> organizationIds, int? revision, CancellationToken ct) =>
        ActAsync(id, () => service.AssignAsync(id, new AssignRequest(organizationIds, revision, Note), ct), ct);

    public Task<IActionResult> OnPostAidAsync(Guid id, Guid? aidOrganizationId, string? aidKind, int? aidCount, string? aidNote, CancellationToken ct) =>
        ActAsync(id, async () => (await service.RequestAidAsync(id, new AidRequestBody(aidOrganizationId, aidKind, aidCount, aidNote), ct)).Error, ct);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, Guid requestId, bool accept, string? answerNote, CancellationToken ct) =>
        ActAsync(id, async () => (await service.AnswerAidAsync(id, requestId, accept, new AidResponseBody(answerNote, null), ct)).Error, ct);

    private Task<IActionResult> ActAsync(Guid id, Func<Task<ServiceResult<IncidentDto>>> act, CancellationToken ct) =>
        ActAsync(id, async () => (await act()).Error, ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<ServiceError?>> act, CancellationToken ct)
    {
        var error = await act();
        if (error is null) return Redirect($"/Incidents/Details/{id}");
        if (error.Kind == ServiceErrorKind.NotFound && !await LoadAsync(id, ct)) return NotFound();
        if (error.Kind == ServiceErrorKind.Conflict) Response.StatusCode = StatusCodes.Status409Conflict;
        else if (error.Kind == ServiceErrorKind.Forbidden) Response.StatusCode = StatusCodes.Status403Forbidden;
        else if (error.Kind == ServiceErrorKind.Invalid) Response.StatusCode = StatusCodes.Status400BadRequest;
        error.AddTo(ModelState, "");
        if (error.Fields is { Count: > 0 }) ModelState.AddModelError("", error.Message);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await service.GetAsync(id, ct);
        if (result.Value is null) return false;
        Incident = result.Value;
        Organizations = await organizations.ParentOptionsAsync(ct);
        return true;
    }
}
