using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Accounts;

/// <summary>Select lists shared by the user and API-key forms.</summary>
internal static class AccountOptions
{
    public static async Task<List<SelectListItem>> OrganizationsAsync(AppDbContext db, Func<Guid, bool>? include = null)
    {
        var orgs = await db.Set<Organization>().AsNoTracking().OrderBy(o => o.ShortName)
            .Select(o => new { o.Id, o.ShortName, o.Name }).ToListAsync();
        return orgs.Where(o => include?.Invoke(o.Id) ?? true)
            .Select(o => new SelectListItem($"{o.ShortName} — {o.Name}", o.Id.ToString())).ToList();
    }
}
