using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Directives;

/// <summary>
/// Which letters a user may read: province-wide roles all; a Member its own organisation's letters and the issued
/// letters addressed to it (and their parents). Public so that other features' reads (the campaign page's letters)
/// apply the same rule through the shared DbContext.
/// </summary>
public static class DirectiveVisibility
{
    public static IQueryable<Directive> For(IQueryable<Directive> all, CurrentUser me)
    {
        if (me.SeesAllOrganizations) return all;
        var org = me.OrganizationId;
        var addressedParents = all.Where(d => d.Status != DirectiveStatus.Draft && d.ParentDirectiveId != null
            && d.Recipients.Any(r => r.Organizations.Any(o => o.OrganizationId == org))).Select(d => d.ParentDirectiveId);
        return all.Where(d => (org != Guid.Empty && d.OrganizationId == org)
            || (d.Status != DirectiveStatus.Draft && (d.Recipients.Any(r => r.Organizations.Any(o => o.OrganizationId == org)) || addressedParents.Contains(d.Id))));
    }
}
