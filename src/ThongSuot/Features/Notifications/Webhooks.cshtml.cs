using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

/// <summary>/Notifications/Webhooks: an organisation's receivers of signed events (the service decides who may).</summary>
public sealed class WebhooksModel(WebhooksService webhooks, AppDbContext db, CurrentUser me) : PageModel
{
    [BindProperty] public WebhookInput Input { get; set; } = new();
    public IReadOnlyList<WebhookDto> Items { get; private set; } = [];
    public List<SelectListItem> Organizations { get; private set; } = [];
    /// <summary>The new endpoint with its secret, shown on this response only.</summary>
    public WebhookCreated? Created { get; private set; }
    public bool MayManage => me.CanManageDirectory || me.IsInRole(Roles.Member);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await webhooks.CreateAsync(Input, ct);
        if (result.Value is { } created)
        {
            Created = created;
            ModelState.Clear();
            Input = new WebhookInput();
        }
        else if (result.Error is { Kind: ServiceErrorKind.Forbidden } forbidden) return StatusCode(StatusCodes.Status403Forbidden, forbidden.Message);
        else result.Error!.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id, CancellationToken ct)
    {
        var current = await webhooks.GetAsync(id, ct);
        if (current.Value is not { } w) return NotFound();
        var result = await webhooks.UpdateAsync(id, new WebhookInput { Name = w.Name, Url = w.Url, EventFilter = w.EventFilter, Enabled = !w.Enabled }, ct);
        return Done(result.Error, w.Enabled ? $"Đã tắt {w.Name}." : $"Đã bật {w.Name}.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await webhooks.DeleteAsync(id, ct);
        return Done(result.Error, $"Đã xóa {result.Value?.Name}.");
    }

    public async Task<IActionResult> OnPostTestAsync(Guid id, CancellationToken ct)
    {
        var result = await webhooks.SendTestAsync(id, ct);
        return Done(result.Error, "Đã xếp hàng một sự kiện thử; nó được gửi trong giây lát.");
    }

    private IActionResult Done(ServiceError? error, string flash)
    {
        if (error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (error is not null) TempData["Flash"] = error.Message;
        else TempData["Flash"] = flash;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await webhooks.ListAsync(null, ct);
        Organizations = await AccountOptions.OrganizationsAsync(db, id => me.CanEditOrganization(id));
        Input.OrganizationId ??= me.OrganizationId;
    }
}
