using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;
using ThongSuot.Features.KeySites;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// The province's readiness figures: for each organisation and form, the values of its latest report that was not
/// returned (waiting for review or accepted) count once, so an organisation with several tasks on one form is not
/// counted twice and a newer version replaces the older one. Summable number fields are added up; repeat fields
/// add their per-site or per-area values and keep the breakdown.
/// </summary>
public static class BoardSums
{
    public static async Task<IReadOnlyList<BoardSumDto>> ComputeAsync(AppDbContext db, IReadOnlyList<ComplianceAssignment> assignments,
        IReadOnlyList<BoardReport> reports, CancellationToken ct)
    {
        var formOf = assignments.Where(a => a.FormId is not null).ToDictionary(a => a.Id, a => a.FormId!.Value);
        var counted = reports
            .Where(r => r.Review != ReportReview.Returned && r.Values is not null && formOf.ContainsKey(r.AssignmentId))
            .GroupBy(r => (r.OrganizationId, Form: formOf[r.AssignmentId]))
            .Select(g => (g.Key.Form, Report: g.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Version).First()))
            .ToList();
        var formIds = counted.Select(c => c.Form).Distinct().ToList();
        var forms = await db.Set<ReadinessForm>().AsNoTracking().Where(f => formIds.Contains(f.Id)).ToListAsync(ct);

        var sums = new List<(BoardSumDto Sum, Dictionary<Guid, decimal> Parts)>();
        foreach (var form in forms.OrderBy(f => f.Name))
        {
            var values = counted.Where(c => c.Form == form.Id).Select(c => Parse(c.Report.Values!)).OfType<JsonElement>().ToList();
            foreach (var field in form.FieldList().Where(f => f.Summable && f.Type is ReadinessFieldType.WholeNumber or ReadinessFieldType.Number))
            {
                decimal total = 0;
                var reporting = 0;
                var parts = new Dictionary<Guid, decimal>();
                foreach (var v in values)
                {
                    if (!v.TryGetProperty(field.Key, out var value)) continue;
                    var any = false;
                    if (field.Repeat == ReadinessFieldRepeat.None)
                    {
                        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d)) { total += d; any = true; }
                    }
                    else if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var p in value.EnumerateObject())
                        {
                            if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDecimal(out var d) || !Guid.TryParse(p.Name, out var target)) continue;
                            total += d;
                            parts[target] = parts.GetValueOrDefault(target) + d;
                            any = true;
                        }
                    }
                    if (any) reporting++;
                }
                sums.Add((new BoardSumDto(form.Id, form.Name, field.Key, field.Label, field.Unit, field.Repeat, total, reporting, []), parts));
            }
        }
        var targets = sums.SelectMany(s => s.Parts.Keys).Distinct().ToList();
        var names = await db.Set<KeySite>().Where(k => targets.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        foreach (var a in await db.Set<Area>().Where(a => targets.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
            names.TryAdd(a.Id, a.Name);
        return sums.Select(s => s.Sum with
        {
            Breakdown = s.Parts.Select(p => new BoardSumPartDto(p.Key, names.GetValueOrDefault(p.Key) ?? p.Key.ToString(), p.Value))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException) { return null; }
    }
}
