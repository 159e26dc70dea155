using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// /Incidents/Catalog: incident types and severities. Everyone signed in reads; Coordinator and Admin add, rename, reorder,
/// retire types and edit severities (IncidentCatalogService decides; audit is automatic). A refused form comes back with
/// the messages beside its own fields and what was typed kept; the other forms show the stored values.
/// </summary>
public sealed class CatalogModel(IncidentsService incidents, IncidentCatalogService catalog, CurrentUser me) : PageModel
{
    public IReadOnlyList<IncidentTypeDto> Types { get; private set; } = [];
    public IReadOnlyList<SeverityDto> Severities { get; private set; } = [];
    public bool CanEdit => me.CanManageDirectory;
    /// <summary>Which form failed ("add", "type:CODE", "severity:N"), and what it sent.</summary>
    public string? FailedForm { get; private set; }
    public Dictionary<string, string?> Posted { get; } = new(StringComparer.OrdinalIgnoreCase);
    [TempData] public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAddTypeAsync(string? code, string? name, string? sortOrder, CancellationToken ct) =>
        SaveAsync("add", new() { ["code"] = code, ["name"] = name, ["sortOrder"] = sortOrder }, errors =>
        {
            var order = Int(sortOrder, "sortOrder", errors);
            return errors.Any ? null : async () => (await catalog.SaveTypeAsync(null, new IncidentTypeBody(code, name, order, true), ct)).Error;
        }, "Đã thêm loại sự cố.", ct);

    public Task<IActionResult> OnPostSaveTypeAsync(string code, string? name, string? sortOrder, CancellationToken ct) =>
        SaveAsync("type:" + code, new() { ["name"] = name, ["sortOrder"] = sortOrder }, errors =>
        {
            var order = Int(sortOrder, "sortOrder", errors);
            return errors.Any ? null : async () => (await catalog.SaveTypeAsync(code, new IncidentTypeBody(null, name, order, null), ct)).Error;
        }, "Đã lưu loại sự cố.", ct);

    public async Task<IActionResult> OnPostActiveAsync(string code, bool active, CancellationToken ct)
    {
        var current = (await incidents.TypesAsync(activeOnly: false, ct)).FirstOrDefault(t => t.Code == code);
        if (current is null) return NotFound();
        return await SaveAsync("type:" + code, [], _ => async () =>
            (await catalog.SaveTypeAsync(code, new IncidentTypeBody(null, current.Name, null, active), ct)).Error,
            active ? "Đã dùng lại loại sự cố." : "Đã ngừng dùng loại sự cố.", ct);
    }

    public Task<IActionResult> OnPostSaveSeverityAsync(int level, string? name, string? meaning, string? acknowledgeMinutes, string? restoreMinutes, CancellationToken ct) =>
        SaveAsync("severity:" + level.ToString(CultureInfo.InvariantCulture),
            new() { ["name"] = name, ["meaning"] = meaning, ["acknowledgeMinutes"] = acknowledgeMinutes, ["restoreMinutes"] = restoreMinutes }, errors =>
            {
                var ack = Int(acknowledgeMinutes, "acknowledgeMinutes", errors);
                var restore = Int(restoreMinutes, "restoreMinutes", errors);
                return errors.Any ? null : async () => (await catalog.SaveSeverityAsync(level, new SeverityBody(name, meaning, ack, restore), ct)).Error;
            }, "Đã lưu mức độ.", ct);

    /// <summary>The message for one field of one form, if that form is the one that failed.</summary>
    public string? ErrorOf(string form, string field) =>
        FailedForm == form && ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string? ValueOf(string form, string field, string? stored) => FailedForm == form ? Posted.GetValueOrDefault(field) : stored;

    private async Task<IActionResult> SaveAsync(string form, Dictionary<string, string?> posted, Func<FieldErrors, Func<Task<ServiceError?>>?> prepare, string done, CancellationToken ct)
    {
        ModelState.Clear();
        var errors = new FieldErrors();
        var save = prepare(errors);
        var error = save is null ? errors.ToError() : await save();
        if (error is null)
        {
            Saved = done;
            return RedirectToPage();
        }
        FailedForm = form;
        foreach (var (k, v) in posted) Posted[k] = v;
        Response.StatusCode = error.Kind switch
        {
            ServiceErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ServiceErrorKind.NotFound => StatusCodes.Status404NotFound,
            ServiceErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        if (error.Fields is { Count: > 0 }) error.AddTo(ModelState, "");
        else if (error.Kind == ServiceErrorKind.Conflict && form == "add") ModelState.AddModelError("code", error.Message);
        ModelState.AddModelError("", error.Message);
        await LoadAsync(ct);
        return Page();
    }

    private static int? Int(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(field, "Phải là số nguyên.");
        return null;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Types = await incidents.TypesAsync(activeOnly: false, ct);
        Severities = await incidents.SeveritiesAsync(ct);
    }
}
