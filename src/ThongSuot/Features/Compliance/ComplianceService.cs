using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Files;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Recipients' assignments and reports. Province-wide roles read all; a Member reads its own organisation's, and the
/// issuer of a cascade letter reads the assignments of its letter. Members of the recipient acknowledge and report;
/// Admin and Coordinator (or, for a cascade letter, Members of its issuer) return or accept.
/// </summary>
public sealed partial class ComplianceService(AppDbContext db, CurrentUser me, TimeProvider clock, FileStore files, DomainEvents events)
{
    public const string NotFoundMessage = "Không tìm thấy nhiệm vụ báo cáo.";
    public const int MaxRows = 2000;

    public DateOnly Today => TimeDisplay.Today(clock);

    public async Task<ServiceResult<IReadOnlyList<AssignmentSummaryDto>>> ListAsync(ComplianceQuery query, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var rows = Visible();
        if (query.CampaignId is { } campaignId) rows = rows.Where(a => a.CampaignId == campaignId);
        if (query.DirectiveId is { } directiveId) rows = rows.Where(a => a.DirectiveId == directiveId);
        if (query.OrganizationId is { } organizationId) rows = rows.Where(a => a.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            if (Enum.TryParse<ComplianceState>(query.State.Trim(), ignoreCase: true, out var state) && Enum.IsDefined(state)) rows = InState(rows, state);
            else errors.Add("state", $"Trạng thái không hợp lệ; dùng một trong: {string.Join(", ", Enum.GetNames<ComplianceState>())}.");
        }
        if (errors.Any) return errors.ToError();
        var list = await Rows(rows).Take(MaxRows).ToListAsync(ct);
        var today = Today;
        return list.Select(r => ComplianceMapping.Summary(r, today)).ToList();
    }

    public async Task<ServiceResult<AssignmentDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var row = await Rows(Visible().Where(a => a.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null) return ServiceError.NotFound(NotFoundMessage);
        var reports = await db.Set<ComplianceReport>().AsNoTracking().Where(r => r.AssignmentId == id)
            .Include(r => r.Attachments).ThenInclude(x => x.File).AsSplitQuery().OrderByDescending(r => r.Version).ToListAsync(ct);
        var form = row.A.FormId is { } formId ? await db.Set<ReadinessForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, ct) : null;
        var fields = form?.FieldList() ?? [];
        var targets = await TargetsAsync(row.A.CampaignId, fields, ct);
        var permissions = new AssignmentPermissions(
            Acknowledge: CanRespond(row.A) && row.A.Status == AssignmentStatus.Pending,
            Submit: CanRespond(row.A) && row.A.Status != AssignmentStatus.Accepted,
            Review: CanReview(row.IssuerId, row.ParentDirectiveId) && row.A.Status == AssignmentStatus.Submitted);
        return ComplianceMapping.Detail(row, Today, form, fields, targets, reports, permissions);
    }

    public async Task<ServiceResult<IReadOnlyList<ReportDto>>> ListReportsAsync(Guid id, CancellationToken ct = default)
    {
        var detail = await GetAsync(id, ct);
        return detail.Error is { } e ? e : (ServiceResult<IReadOnlyList<ReportDto>>)detail.Value!.Reports.ToList();
    }

    /// <summary>An attachment's bytes, if the caller may read the report it belongs to (and, when given, it belongs to that report).</summary>
    public async Task<(StoredFile File, byte[] Bytes)?> ReadFileAsync(Guid fileId, Guid? reportId, CancellationToken ct = default)
    {
        var visible = Visible().Select(a => a.Id);
        var attached = await db.Set<ComplianceReportAttachment>().AnyAsync(x => x.FileId == fileId && (reportId == null || x.ReportId == reportId)
            && db.Set<ComplianceReport>().Any(r => r.Id == x.ReportId && visible.Contains(r.AssignmentId)), ct);
        return attached ? await files.ReadAsync(fileId, ct) : null;
    }

    public async Task<ComplianceFilterOptions> FilterOptionsAsync(CancellationToken ct = default)
    {
        var visible = Visible();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => visible.Any(a => a.CampaignId == c.Id))
            .OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var directives = await db.Set<Directive>().AsNoTracking().Where(d => visible.Any(a => a.DirectiveId == d.Id))
            .OrderByDescending(d => d.IssuedAt).Select(d => new { d.Id, d.Number, d.Symbol, d.Subject }).ToListAsync(ct);
        var organizations = await db.Set<Organization>().AsNoTracking().Where(o => visible.Any(a => a.OrganizationId == o.Id))
            .OrderBy(o => o.ShortName).Select(o => new { o.Id, o.ShortName }).ToListAsync(ct);
        return new(campaigns.Select(c => (c.Id, c.Name)).ToList(),
            directives.Select(d => (d.Id, $"{d.Number:00}/{d.Symbol} – {d.Subject}")).ToList(),
            organizations.Select(o => (o.Id, o.ShortName)).ToList());
    }

    internal IQueryable<ComplianceAssignment> Visible()
    {
        var all = db.Set<ComplianceAssignment>();
        if (me.SeesAllOrganizations) return all;
        var org = me.OrganizationId;
        if (org == Guid.Empty) return all.Where(a => false);
        var cascadeLetters = db.Set<Directive>().Where(d => d.OrganizationId == org && d.ParentDirectiveId != null).Select(d => d.Id);
        return all.Where(a => a.OrganizationId == org || cascadeLetters.Contains(a.DirectiveId));
    }

    private bool CanRespond(ComplianceAssignment a) => me.IsInRole(Roles.Member) && a.OrganizationId == me.OrganizationId;

    private bool CanReview(Guid issuerId, Guid? parentDirectiveId) =>
        me.CanManageDirectory || (parentDirectiveId is not null && me.IsInRole(Roles.Member) && issuerId == me.OrganizationId);

    private IQueryable<AssignmentRow> Rows(IQueryable<ComplianceAssignment> assignments) =>
        from a in assignments.AsNoTracking()
        join d in db.Set<Directive>() on a.DirectiveId equals d.Id
        join t in db.Set<DirectiveTask>() on a.TaskId equals t.Id
        join o in db.Set<Organization>() on a.OrganizationId equals o.Id
        orderby a.DueDate, o.ShortName, d.IssuedAt, t.Order
        select new AssignmentRow(a, d.Number, d.Symbol, d.Subject, d.IssuingAgency, d.IssuedOn, d.OrganizationId, d.ParentDirectiveId,
            t.Text, t.DueDate, t.Order, o.ShortName, o.Name, db.Set<ComplianceReport>().Count(r => r.AssignmentId == a.Id));

    private IQueryable<ComplianceAssignment> InState(IQueryable<ComplianceAssignment> rows, ComplianceState state)
    {
        var today = Today;
        var waiting = new[] { AssignmentStatus.Pending, AssignmentStatus.Acknowledged, AssignmentStatus.Returned };
        return state switch
        {
            ComplianceState.Accepted => rows.Where(a => a.Status == AssignmentStatus.Accepted),
            ComplianceState.Reported => rows.Where(a => a.Status == AssignmentStatus.Submitted),
            ComplianceState.Overdue => rows.Where(a => waiting.Contains(a.Status) && a.DueDate < today),
            ComplianceState.NotAcknowledged => rows.Where(a => a.Status == AssignmentStatus.Pending && a.DueDate >= today),
            ComplianceState.Acknowledged => rows.Where(a => a.Status == AssignmentStatus.Acknowledged && a.DueDate >= today),
            _ => rows.Where(a => a.Status == AssignmentStatus.Returned && a.DueDate >= today),
        };
    }
}

/// <summary>An assignment with what the inbox shows of its letter, task and recipient.</summary>
internal sealed record AssignmentRow(
    ComplianceAssignment A, int? Number, string Symbol, string Subject, string IssuingAgency, DateOnly? IssuedOn, Guid IssuerId,
    Guid? ParentDirectiveId, string TaskText, DateOnly? TaskDueDate, int TaskOrder, string OrganizationShortName, string OrganizationName, int Versions);
