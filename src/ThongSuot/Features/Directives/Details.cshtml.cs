using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Documents;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public sealed class DetailsModel(DirectivesService service, IStringLocalizer<DirectivesText> l) : PageModel
{
    public DirectiveDto Directive { get; private set; } = null!;
    public OfficialLetter Letter { get; private set; } = null!;
    public string? Error { get; private set; }
    /// <summary>Recipients and their receipts; null when the caller is neither the issuer nor province-wide.</summary>
    public IReadOnlyList<DirectiveReceiptDto>? Receipts { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await service.MarkOpenedAsync(id, ct);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, service.CorrectAsync(id, ct), d => $"/Directives/Edit/{d.Id}", l["Đã tạo bản đính chính."].Value, ct);

    public Task<IActionResult> OnPostCascadeAsync(Guid id, CancellationToken ct) =>
        ActAsync(id, service.CascadeAsync(id, ct), d => $"/Directives/Edit/{d.Id}", l["Đã tạo công văn triển khai."].Value, ct);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var campaign = (await service.GetAsync(id, ct)).Value?.CampaignId;
        var result = await service.DeleteAsync(id, ct);
        if (result.Error is null)
        {
            TempData["Flash"] = l["Đã xóa dự thảo."].Value;
            return Redirect(campaign is null ? "/Directives" : $"/Directives?campaignId={campaign}");
        }
        return await FailAsync(id, result.Error, ct);
    }

    private async Task<IActionResult> ActAsync(Guid id, Task<ServiceResult<DirectiveDto>> action, Func<DirectiveDto, string> next, string done, CancellationToken ct)
    {
        var result = await action;
        if (result.Error is { } error) return await FailAsync(id, error, ct);
        TempData["Flash"] = done;
        return Redirect(next(result.Value!));
    }

    private async Task<IActionResult> FailAsync(Guid id, ServiceError error, CancellationToken ct)
    {
        if (error.Kind == ServiceErrorKind.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        Error = error.Message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var entity = await service.LoadForDocumentAsync(id, ct);
        var dto = (await service.GetAsync(id, ct)).Value;
        if (entity is null || dto is null) return false;
        Directive = dto;
        Letter = DirectiveLetter.Build(entity, service.Today);
        Receipts = await service.ReceiptsAsync(id, ct);
        return true;
    }
}
