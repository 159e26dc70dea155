using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Duty;

/// <summary>Hotlines and contacts of every organisation, searchable and printable.</summary>
public sealed class DirectoryModel(DutyDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<DirectoryEntryDto> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = (await directory.SearchAsync(Q, ct)).Value ?? [];
}
