using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Plausible fictional figures for whatever fields a readiness form has (the forms are data, so the demo cannot name
/// them): small counts within the limits, "yes", the first choice, a made-up phone; every key site, the first areas.
/// </summary>
internal static class ComplianceDemoValues
{
    public static async Task<string?> ForAsync(AppDbContext db, ReadinessForm form, Guid campaignId, CancellationToken ct)
    {
        var fields = form.FieldList();
        var keySites = await db.Set<CampaignKeySite>().AsNoTracking().Where(c => c.CampaignId == campaignId)
            .Select(c => new ReadinessTarget(c.KeySiteId, c.KeySite!.Name)).ToListAsync(ct);
        var communes = new[] { AreaKind.Commune, AreaKind.Ward, AreaKind.SpecialZone };
        var areas = await db.Set<Area>().AsNoTracking().Where(a => communes.Contains(a.Kind) && a.ValidTo == null)
            .Select(a => new ReadinessTarget(a.Id, a.Name)).ToListAsync(ct);
        var targets = new ReadinessTargets(keySites, areas);
        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var n = 0;
        foreach (var field in fields)
        {
            n++;
            if (field.Repeat == ReadinessFieldRepeat.None) { inputs[field.Key] = Value(field, n); continue; }
            var cells = targets.For(field.Repeat);
            foreach (var (target, i) in cells.Take(field.Required ? cells.Count : 3).Select((t, i) => (t, i)))
                inputs[ReadinessValues.InputName(field.Key, target.Id)] = Value(field, n + i);
        }
        var errors = new FieldErrors();
        return ReadinessValues.Validate(fields, inputs, targets, errors);
    }

    private static string? Value(ReadinessField field, int n) => field.Type switch
    {
        ReadinessFieldType.WholeNumber or ReadinessFieldType.Number =>
            Math.Clamp(2m + n % 5, field.Min ?? 0m, field.Max ?? decimal.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReadinessFieldType.YesNo => "true",
        ReadinessFieldType.Choice => field.Options is { Count: > 0 } options ? options[0] : null,
        ReadinessFieldType.Phone => "0233 3000 102",
        ReadinessFieldType.LongText => "Bố trí lực lượng ứng cứu và máy phát điện dự phòng, kiểm tra trước ngày 25 tháng Chạp.",
        _ => "Đã chuẩn bị đầy đủ",
    };
}
