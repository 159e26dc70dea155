using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Documents;
using ThongSuot.Features.Duty;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

/// <summary>
/// The structured editor: one server-side form; each button posts Op ("add-task:0", "save", "preview" …), so it works
/// by keyboard and without script, and what was typed is kept across operations and errors.
/// </summary>
public sealed partial class EditModel(DirectivesService service, DutyDirectory directory, IStringLocalizer<DirectivesText> l) : PageModel
{
    [BindProperty] public DirectiveEditForm Input { get; set; } = new();
    [BindProperty] public string? Op { get; set; }
    /// <summary>The directory entry "insert-contact" adds to the contacts ("org:{id}" or "person:{id}").</summary>
    [BindProperty] public string? ContactEntry { get; set; }
    public IReadOnlyList<ContactGroup> ContactGroups { get; private set; } = [];
    public DirectiveDto Directive { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name, Guid? ParentId)> Organizations { get; private set; } = [];
    public Dictionary<string, string> Warnings { get; private set; } = new(StringComparer.OrdinalIgnoreCase);
    public OfficialLetter? Preview { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Input = DirectiveEditForm.From(Directive);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        var op = Op ?? "save";
        if (op == "insert-contact") return InsertContact();
        if (op is not ("save" or "preview"))
        {
            // Structure changes move fields to other indexes: the old messages no longer fit.
            ModelState.Clear();
            Input.Apply(op);
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        if (op == "preview")
        {
            var errors = new FieldErrors();
            var detached = DirectiveRules.Build(Input.ToRequest(), new Directive
            {
                ParentAgency = "", IssuingAgency = "", Symbol = "", Place = "", Subject = "", AuthorityTitle = "", SignerName = "", DraftingUnit = "",
            }, overlay: false, errors);
            if (errors.Any) { AddErrors(errors.ToError()); return Page(); }
            Preview = DirectiveDocuments.Printable(DirectiveLetter.Build(detached, service.Today));
            return Page();
        }
        var result = await service.UpdateAsync(id, Input.ToRequest(), ct);
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { } error)
        {
            if (error.Kind == ServiceErrorKind.Conflict) { Error = error.Message; Response.StatusCode = StatusCodes.Status409Conflict; }
            else AddErrors(error);
            return Page();
        }
        TempData["Flash"] = result.Value!.Warnings.Count == 0 ? l["Đã lưu dự thảo."].Value : l["Đã lưu dự thảo; còn mục cần xem lại trước khi ban hành."].Value;
        return Redirect($"/Directives/Edit/{id}");
    }

    private PageResult InsertContact()
    {
        // Like the other operations: the model's values are shown again, not the posted ones, and nothing is saved.
        ModelState.Clear();
        var choice = ContactGroups.SelectMany(g => g.Choices).FirstOrDefault(c => c.Value == ContactEntry);
        if (choice is null)
        {
            ModelState.AddModelError(nameof(ContactEntry), string.IsNullOrWhiteSpace(ContactEntry)
                ? l["Chọn một mục trong danh bạ để chèn."].Value
                : l["Mục này không có trong danh bạ bạn được xem."].Value);
            return Page();
        }
        var contacts = DirectoryContacts.Append(Input.Contacts, choice.Line);
        if (contacts.Length > DirectiveEditForm.ContactsMaxLength)
        {
            ModelState.AddModelError(nameof(ContactEntry), l["Không chèn được: phần liên hệ sẽ dài quá {0} ký tự.", DirectiveEditForm.ContactsMaxLength].Value);
            return Page();
        }
        Input.Contacts = contacts;
        ContactEntry = null;
        return Page();
    }

    private void AddErrors(ServiceError error)
    {
        if (error.Fields is not { Count: > 0 }) { ModelState.AddModelError(string.Empty, error.Message); return; }
        foreach (var (field, messages) in error.Fields)
            foreach (var message in messages) ModelState.AddModelError("Input." + Pascal(field), message);
    }

    /// <summary>"sections[0].tasks[1].text" → "Sections[0].Tasks[1].Text", the names the form's inputs carry.</summary>
    public static string Pascal(string jsonPath) => Segment().Replace(jsonPath, m => m.Value.ToUpperInvariant());

    [GeneratedRegex(@"(?<=^|\.)[a-z]")]
    private static partial Regex Segment();

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await service.GetAsync(id, ct);
        if (result.Value is null) return NotFound();
        Directive = result.Value;
        if (!Directive.Can.Edit)
        {
            if (Directive.Status != DirectiveStatus.Draft) return Redirect($"/Directives/Details/{id}");
            return Forbid();
        }
        Organizations = await service.OrganizationChoicesAsync(ct);
        // The directory decides what the caller may see (people of other organisations only for province-wide roles).
        ContactGroups = DirectoryContacts.Groups((await directory.SearchAsync(null, ct)).Value ?? [], Directive.OrganizationId);
        foreach (var w in Directive.Warnings) Warnings[Pascal(w.Field)] = w.Message;
        return null;
    }
}
