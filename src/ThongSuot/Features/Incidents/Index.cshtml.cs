using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

public sealed class IndexModel(IncidentsService service, OrganizationsService organizations) : PageModel
{
    [FromQuery] public string? Status { get; set; }
    [FromQuery] public string? Type { get; set; }
    [FromQuery] public string? Severity { get; set; }
    [FromQuery] public Guid? OrganizationId { get; set; }
    [FromQuery] public string? Q { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public const int PageSize = 25;

    public IncidentPage Incidents { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<IncidentTypeDto> Types { get; private set; } = [];
    public IReadOnlyList<SeverityDto> Severities { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string ShortName, string Name)> Organizations { get; private set; } = [];
    public bool CanReport => service.CanReport;
    public int Pages => Math.Max(1, (Incidents.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await service.TypesAsync(activeOnly: false, ct);
        Severities = await service.SeveritiesAsync(ct);
        Organizations = await organizations.ParentOptionsAsync(ct);
        var result = await service.ListAsync(new IncidentQuery(Status, Type, Severity, OrganizationId, Q, Math.Max(1, PageNumber), PageSize), ct);
        if (result.Error is { } error) error.AddTo(ModelState, "");
        else Incidents = result.Value!;
    }

    public string PageLink(int page) => "/Incidents" + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status, ["type"] = Type, ["severity"] = Severity, ["organizationId"] = OrganizationId?.ToString(), ["q"] = Q,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
