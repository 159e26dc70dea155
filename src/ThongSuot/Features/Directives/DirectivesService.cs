using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Directives;

/// <summary>
/// Directive letters. Province-wide roles read all; a Member reads its own organisation's letters and the issued
/// letters addressed to it (and their parents). Admin and Coordinator write any letter, a Leader may issue, a Member
/// writes only letters its own organisation issues.
/// </summary>
public sealed partial class DirectivesService(AppDbContext db, CurrentUser me, TimeProvider clock, IEnumerable<IDirectiveIssueHook> issueHooks,
    DomainEvents events)
{
    public const string NotFoundMessage = "Không tìm thấy công văn.";

    public async Task<ServiceResult<IReadOnlyList<DirectiveSummaryDto>>> ListAsync(DirectiveQuery query, CancellationToken ct = default)
    {
        var rows = Visible().AsNoTracking().Include(d => d.Campaign).Include(d => d.Organization).AsQueryable();
        if (query.CampaignId is { } campaignId) rows = rows.Where(d => d.CampaignId == campaignId);
        if (query.OrganizationId is { } organizationId) rows = rows.Where(d => d.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var errors = new FieldErrors();
            var status = DirectiveRules.ParseEnum(errors, "status", query.Status, DirectiveStatus.Draft, "Trạng thái");
            if (errors.Any) return errors.ToError();
            rows = rows.Where(d => d.Status == status);
        }
        var list = await rows.OrderByDescending(d => d.UpdatedAt).Take(500).ToListAsync(ct);
        return list.Select(DirectiveMapping.Summary).ToList();
    }

    public async Task<ServiceResult<DirectiveDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var d = await Full(Visible().AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return ServiceError.NotFound(NotFoundMessage);
        // Versions share issuer and campaign; children and parent are shown only as far as the caller may read them.
        var related = await Visible().AsNoTracking().Include(x => x.Campaign).Include(x => x.Organization)
            .Where(x => (x.CampaignId == d.CampaignId && x.OrganizationId == d.OrganizationId) || x.ParentDirectiveId == d.Id || x.Id == d.ParentDirectiveId)
            .ToListAsync(ct);
        var versions = VersionChain(d, related);
        return DirectiveMapping.ToDto(d, DirectiveChecks.Warnings(d, d.Campaign),
            versions.Select(DirectiveMapping.Summary).ToList(),
            related.Where(x => x.Id == d.ParentDirectiveId).Select(DirectiveMapping.Summary).FirstOrDefault(),
            related.Where(x => x.ParentDirectiveId == d.Id).OrderBy(x => x.CreatedAt).Select(DirectiveMapping.Summary).ToList(),
            Permissions(d, versions));
    }

    /// <summary>The loaded letter with its campaign, for the document writers; null when not visible.</summary>
    public Task<Directive?> LoadForDocumentAsync(Guid id, CancellationToken ct = default) =>
        Full(Visible().AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);

    public DateOnly Today => TimeDisplay.Today(clock);

    /// <summary>May the caller write letters this organisation issues.</summary>
    public bool CanCreateIn(Guid organizationId) => CanWrite(organizationId);

    private static List<Directive> VersionChain(Directive d, List<Directive> related)
    {
        var byId = related.ToDictionary(x => x.Id);
        var first = d.Id;
        while (byId.TryGetValue(first, out var x) && x.PreviousVersionId is { } prev && byId.ContainsKey(prev)) first = prev;
        var chain = new List<Directive>();
        for (Guid? at = first; at is { } id && byId.TryGetValue(id, out var v); at = related.FirstOrDefault(n => n.PreviousVersionId == id)?.Id)
            chain.Add(v);
        return chain;
    }

    private DirectivePermissions Permissions(Directive d, List<Directive> versions) => new(
        Edit: d.Status == DirectiveStatus.Draft && CanWrite(d.OrganizationId),
        Issue: d.Status == DirectiveStatus.Draft && CanIssue(d.OrganizationId),
        Correct: d.Status == DirectiveStatus.Issued && CanWrite(d.OrganizationId) && versions.All(v => v.PreviousVersionId != d.Id),
        Cascade: d.Status == DirectiveStatus.Issued && me.OrganizationId != d.OrganizationId && CanWrite(me.OrganizationId)
            && d.Recipients.Any(r => r.Organizations.Any(o => o.OrganizationId == me.OrganizationId)));

    private bool CanWrite(Guid issuerId) =>
        me.CanManageDirectory || (me.IsInRole(Roles.Member) && issuerId == me.OrganizationId && issuerId != Guid.Empty);

    private bool CanIssue(Guid issuerId) => CanWrite(issuerId) || me.IsInRole(Roles.Leader);

    internal IQueryable<Directive> Visible() => DirectiveVisibility.For(db.Set<Directive>(), me);

    internal static IQueryable<Directive> Full(IQueryable<Directive> q) => q
        .Include(d => d.Campaign).Include(d => d.Organization)
        .Include(d => d.LegalBases)
        .Include(d => d.Recipients).ThenInclude(r => r.Organizations).ThenInclude(o => o.Organization)
        .Include(d => d.Sections).ThenInclude(s => s.Recipients)
        .Include(d => d.Sections).ThenInclude(s => s.Tasks)
        .Include(d => d.Distribution)
        .AsSplitQuery();
}
