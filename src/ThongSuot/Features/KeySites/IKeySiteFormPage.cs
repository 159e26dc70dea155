using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.KeySites;

/// <summary>What the shared _Form partial needs from the Create and Edit pages.</summary>
public interface IKeySiteFormPage
{
    KeySiteForm Input { get; }
    IReadOnlyList<(Guid Id, string Name)> Areas { get; }
    MapOptions Map { get; }
}

/// <summary>Create and Edit: both parse the form, call the service and show its field errors beside the fields.</summary>
public abstract class KeySiteFormPage(KeySitesService service, MapOptions map) : PageModel, IKeySiteFormPage
{
    [Microsoft.AspNetCore.Mvc.BindProperty] public KeySiteForm Input { get; set; } = new();
    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];
    public MapOptions Map => map;
    protected KeySitesService Service => service;

    protected async Task LoadAreasAsync(CancellationToken ct) => Areas = await service.AreaChoicesAsync(ct);

    /// <summary>Runs a write; on failure puts the messages beside the fields and returns null.</summary>
    protected async Task<KeySiteDto?> SaveAsync(Func<KeySiteRequest, Task<Shared.ServiceResult<KeySiteDto>>> write)
    {
        var request = Input.ToRequest(ModelState);
        if (request is null) return null;
        var result = await write(request);
        if (result.Error is { } error)
        {
            KeySiteForm.AddErrors(error, ModelState);
            return null;
        }
        return result.Value;
    }
}
