using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance.Forms;

/// <summary>
/// /Compliance/Forms/Edit/{id} (without an id: a new form). One server-side form; each button posts Op ("add-field",
/// "up-field:2", "save" …), so it works by keyboard and without script and keeps what was typed. Readers see it read-only.
/// </summary>
public sealed partial class EditModel(ReadinessFormsService forms, IStringLocalizer<BoardText> l) : PageModel
{
    [BindProperty] public ReadinessFormEditForm Input { get; set; } = new();
    [BindProperty] public string? Op { get; set; }
    public ReadinessFormDto? Form { get; private set; }
    public bool CanEdit => forms.CanManage;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        Input = Form is null ? new ReadinessFormEditForm { Fields = [new()] } : ReadinessFormEditForm.From(Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (await LoadAsync(id, ct) is { } missing) return missing;
        var op = Op ?? "save";
        if (op == "delete" && id is { } formId) return await DeleteAsync(formId, ct);
        if (op != "save")
        {
            // Moving and removing shift the fields' indexes: earlier messages would point at the wrong field.
            ModelState.Clear();
            Input.Apply(op);
            return Page();
        }
        var request = Input.ToRequest(ModelState, nameof(Input));
        if (request is null || !ModelState.IsValid) return Page();
        var result = id is { } existing ? await forms.UpdateAsync(existing, request, ct) : await forms.CreateAsync(request, ct);
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { } error)
        {
            if (error.Kind == ServiceErrorKind.Conflict) { Error = error.Message; Response.StatusCode = StatusCodes.Status409Conflict; }
            else AddErrors(error);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu biểu mẫu."].Value;
        return Redirect($"/Compliance/Forms/Edit/{result.Value!.Id}");
    }

    private async Task<IActionResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await forms.DeleteAsync(id, ct);
        if (result.Error is { } error) { Error = error.Message; Response.StatusCode = StatusCodes.Status409Conflict; return Page(); }
        TempData["Flash"] = l["Đã xóa biểu mẫu."].Value;
        return Redirect("/Compliance/Forms");
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken ct)
    {
        if (id is null) return CanEdit ? null : Forbid();
        var result = await forms.GetAsync(id.Value, ct);
        if (result.Value is null) return NotFound();
        Form = result.Value;
        return null;
    }

    private void AddErrors(ServiceError error)
    {
        if (error.Fields is not { Count: > 0 }) { ModelState.AddModelError(string.Empty, error.Message); return; }
        foreach (var (field, messages) in error.Fields)
            foreach (var message in messages) ModelState.AddModelError("Input." + Pascal(field), message);
    }

    /// <summary>"fields[1].maxLength" → "Fields[1].MaxLength", the names the form's inputs carry.</summary>
    public static string Pascal(string jsonPath) => Segment().Replace(jsonPath, m => m.Value.ToUpperInvariant());

    [GeneratedRegex(@"(?<=^|\.)[a-z]")]
    private static partial Regex Segment();
}
