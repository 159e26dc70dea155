using System.Globalization;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>What the web form and the phone log post; numbers stay text so "abc" comes back beside its field with what was typed.</summary>
public sealed class IncidentForm
{
    public string? Type { get; set; }
    public string? Severity { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public List<string> Services { get; set; } = [];
    public List<Guid> AffectedOrganizationIds { get; set; } = [];
    public Guid? AreaId { get; set; }
    public Guid? KeySiteId { get; set; }
    public Guid? CampaignId { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    /// <summary>datetime-local, Vietnam time.</summary>
    public string? StartedAt { get; set; }
    public string? SubscribersAffected { get; set; }

    public IncidentRequest? ToRequest(FieldErrors errors)
    {
        int? severity = null;
        if (!string.IsNullOrWhiteSpace(Severity))
        {
            if (int.TryParse(Severity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) severity = s;
            else errors.Add("severity", "Mức độ phải từ 1 (đặc biệt nghiêm trọng) đến 4 (thấp).");
        }
        var latitude = Number(Latitude, "latitude", "Vĩ độ", errors);
        var longitude = Number(Longitude, "longitude", "Kinh độ", errors);
        long? subscribers = null;
        if (!string.IsNullOrWhiteSpace(SubscribersAffected))
        {
            if (long.TryParse(SubscribersAffected.Replace(".", "", StringComparison.Ordinal).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) subscribers = n;
            else errors.Add("subscribersAffected", "Số thuê bao phải là số nguyên.");
        }
        if (errors.Any) return null;
        return new IncidentRequest
        {
            Type = Type, Severity = severity, Title = Title, Description = Description, ReporterName = ReporterName, ReporterPhone = ReporterPhone,
            Services = Services, AffectedOrganizationIds = AffectedOrganizationIds, AreaId = AreaId, KeySiteId = KeySiteId, CampaignId = CampaignId,
            Latitude = latitude, Longitude = longitude, StartedAt = StartedAt, SubscribersAffected = subscribers,
        };
    }

    private static double? Number(string? text, string field, string label, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add(field, $"{label} phải là số.");
        return null;
    }

    public static string Now(TimeProvider clock) =>
        TimeDisplay.ToVietnam(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The choices the intake forms offer.</summary>
public sealed record IncidentChoices(
    IReadOnlyList<IncidentTypeDto> Types, IReadOnlyList<SeverityDto> Severities, IReadOnlyList<(Guid Id, string Name)> Organizations,
    IReadOnlyList<(Guid Id, string Name)> Areas, IReadOnlyList<CampaignSiteDto> KeySites, IReadOnlyList<CampaignDto> Campaigns)
{
    public static async Task<IncidentChoices> LoadAsync(IServiceProvider services, bool full, CancellationToken ct)
    {
        var incidents = services.GetRequiredService<IncidentsService>();
        var types = await incidents.TypesAsync(activeOnly: true, ct);
        var severities = await incidents.SeveritiesAsync(ct);
        var areas = await services.GetRequiredService<KeySitesService>().AreaChoicesAsync(ct);
        if (!full) return new(types, severities, [], areas, [], []);
        var campaigns = services.GetRequiredService<CampaignsService>();
        var orgs = (await services.GetRequiredService<OrganizationsService>().ParentOptionsAsync(ct)).Select(o => (o.Id, $"{o.ShortName} – {o.Name}")).ToList();
        var sites = await campaigns.KeySiteChoicesAsync(ct);
        var active = (await campaigns.ListAsync(new CampaignQuery(nameof(CampaignStatus.Active), null), ct)).Value ?? [];
        return new(types, severities, orgs, areas, sites, active);
    }
}
