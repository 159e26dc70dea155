using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Audit;

/// <summary>/Audit: search the change log (Admin only). Filters come from the query string, so results can be bookmarked.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AuditQuery audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    // "page" is taken by Razor Pages' own route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public AuditPage Result { get; private set; } = new([], 1, AuditQuery.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        EntityTypes = audit.EntityTypes();
        // A page number that is not a number binds as 0 with a model error: treat it as the first page.
        ModelState.Remove("p");
        var result = await audit.SearchAsync(new AuditFilter(EntityType, EntityId, UserName, Action, From, To, Text, PageNumber), ct);
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { } error) error.AddTo(ModelState, "");
        else Result = result.Value!;
        return Page();
    }

    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["type"] = EntityType, ["id"] = EntityId, ["user"] = UserName, ["action"] = Action,
        ["from"] = From, ["to"] = To, ["q"] = Text, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public static string ActionText(AuditAction action) => action switch
    {
        AuditAction.Create => "Tạo",
        AuditAction.Update => "Sửa",
        _ => "Xóa",
    };
}
