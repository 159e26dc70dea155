using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features;

public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public string FullName { get; private set; } = "";
    public int Organizations { get; private set; }
    public int KeySites { get; private set; }
    public int Areas { get; private set; }
    public int ActiveCampaigns { get; private set; }

    public async Task OnGetAsync()
    {
        FullName = User.FindFirst(AppClaims.FullName)?.Value is { Length: > 0 } name ? name : me.UserName ?? "";
        Organizations = await db.Set<Organization>().CountAsync();
        KeySites = await db.Set<KeySite>().CountAsync();
        Areas = await db.Set<Area>().CountAsync(a => a.ValidTo == null);
        ActiveCampaigns = await db.Set<Campaign>().CountAsync(c => c.Status == CampaignStatus.Active);
    }
}
