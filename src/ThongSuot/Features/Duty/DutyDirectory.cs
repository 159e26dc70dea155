using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>
/// Hotlines and contacts of all organisations. The public fields come from the Organizations service; people are
/// listed only where that service lets the caller see them (own organisation, or a province-wide role).
/// </summary>
public sealed class DutyDirectory(OrganizationsService organizations, AppDbContext db)
{
    public async Task<ServiceResult<IReadOnlyList<DirectoryEntryDto>>> SearchAsync(string? q, CancellationToken ct = default)
    {
        var all = await organizations.ListAsync(null, null, null, ct);
        if (all.Error is { } error) return error;
        var me = organizations.Caller;
        var needle = TextSearch.Normalize(q is { Length: > 200 } ? q[..200] : q);
        var people = db.Set<Person>().AsNoTracking();
        if (!me.SeesAllOrganizations) people = people.Where(p => p.OrganizationId == me.OrganizationId);
        var visible = (await people.ToListAsync(ct)).ToLookup(p => p.OrganizationId);
        var matching = needle.Length == 0 ? null : (await organizations.ListAsync(q, null, null, ct)).Value?.Select(o => o.Id).ToHashSet();
        var result = new List<DirectoryEntryDto>();
        foreach (var o in all.Value!)
        {
            var orgHit = matching is null || matching.Contains(o.Id)
                || TextSearch.Normalize(o.Hotline, o.Phone).Contains(needle, StringComparison.Ordinal);
            var staff = visible[o.Id].Where(p => orgHit || p.SearchText.Contains(needle, StringComparison.Ordinal)).ToList();
            if (!orgHit && staff.Count == 0) continue;
            result.Add(new DirectoryEntryDto(o.Id, o.ShortName, o.Name, o.Kind.Vietnamese(), o.Hotline, o.Phone, o.Email, o.Address,
                staff.OrderBy(p => p.FullName, StringComparer.Ordinal).Select(p => new DirectoryPersonDto(p.Id, p.FullName, p.Title, p.Phone, p.Email)).ToList()));
        }
        return result;
    }
}
