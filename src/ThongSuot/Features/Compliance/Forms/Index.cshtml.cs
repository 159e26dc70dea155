using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Compliance.Forms;

/// <summary>/Compliance/Forms: the readiness forms recipients fill in with their reports.</summary>
public sealed class IndexModel(ReadinessFormsService forms) : PageModel
{
    public IReadOnlyList<ReadinessFormSummaryDto> Forms { get; private set; } = [];
    public bool CanManage => forms.CanManage;

    public async Task OnGetAsync(CancellationToken ct) => Forms = await forms.ListAsync(ct);
}
