using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

/// <summary>
/// The create/edit form. Coordinates are bound as text and parsed invariantly: the Vietnamese culture reads "16.75" as
/// 1675 (dot is its group separator), and people type either "16.75" or "16,75".
/// </summary>
public sealed class KeySiteForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public Guid? AreaId { get; set; }
    public string? Address { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Notes { get; set; }

    public static KeySiteForm From(KeySiteDto site) => new()
    {
        Name = site.Name, Kind = site.Kind.ToString(), AreaId = site.AreaId, Address = site.Address, Notes = site.Notes,
        Latitude = Format(site.Latitude), Longitude = Format(site.Longitude),
    };

    /// <summary>The request the service validates, or null with messages beside the coordinate fields that are not numbers.</summary>
    public KeySiteRequest? ToRequest(ModelStateDictionary modelState, string prefix = "Input")
    {
        var ok = TryParse(Latitude, out var lat) & TryParse(Longitude, out var lon);
        if (!TryParse(Latitude, out _)) modelState.AddModelError($"{prefix}.Latitude", "Vĩ độ phải là số, ví dụ 16.7500.");
        if (!TryParse(Longitude, out _)) modelState.AddModelError($"{prefix}.Longitude", "Kinh độ phải là số, ví dụ 107.1875.");
        return ok ? new KeySiteRequest(Name, Kind, AreaId, Address, lat, lon, Notes) : null;
    }

    /// <summary>Puts the service's field errors (named in camelCase for the API) beside this form's fields.</summary>
    public static void AddErrors(ServiceError error, ModelStateDictionary modelState, string prefix = "Input")
    {
        if (error.Fields is not { Count: > 0 } fields)
        {
            modelState.AddModelError(string.Empty, error.Message);
            return;
        }
        foreach (var (field, messages) in fields)
            foreach (var message in messages)
                modelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }

    public static string? Format(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);

    private static bool TryParse(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }
}
