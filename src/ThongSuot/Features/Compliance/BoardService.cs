using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// The compliance board: recipient organisations × report-required tasks of a directive or a whole campaign, each cell
/// the assignment's state on today's Vietnamese day (the injected clock), with rates and the province's readiness sums.
/// Only province-wide roles see it: it shows every recipient's standing.
/// </summary>
public sealed class BoardService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<ServiceResult<BoardDto>> GetAsync(BoardQuery query, CancellationToken ct)
    {
        if (!me.SeesAllOrganizations) return ServiceError.Forbidden("Chỉ lãnh đạo, điều phối viên và người xem cấp tỉnh xem được bảng theo dõi báo cáo.");
        string scope, title, stem;
        IQueryable<ComplianceAssignment> assignments;
        if (query.DirectiveId is { } directiveId)
        {
            var d = await db.Set<Directive>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == directiveId, ct);
            if (d is null) return ServiceError.NotFound("Không tìm thấy công văn.");
            (scope, title) = ("directive", DirectiveMapping.NumberText(d) is { } n ? $"Công văn số {n} – {d.Subject}" : $"Dự thảo – {d.Subject}");
            stem = "bang-theo-doi-" + Path.GetFileNameWithoutExtension(DirectiveDocuments.FileName(d, "x"));
            assignments = db.Set<ComplianceAssignment>().Where(a => a.DirectiveId == directiveId);
        }
        else
        {
            var c = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == query.CampaignId, ct);
            if (c is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
            (scope, title, stem) = ("campaign", c.Name, "bang-theo-doi-" + BoardFiles.Slug(c.Name));
            assignments = db.Set<ComplianceAssignment>().Where(a => a.CampaignId == c.Id);
        }

        var today = TimeDisplay.Today(clock);
        var cells = await assignments.AsNoTracking().ToListAsync(ct);
        var ids = cells.Select(a => a.Id).ToList();
        var reports = await db.Set<ComplianceReport>().AsNoTracking().Where(r => ids.Contains(r.AssignmentId))
            .Select(r => new BoardReport(r.AssignmentId, r.OrganizationId, r.Version, r.SubmittedAt, r.Review, r.Values)).ToListAsync(ct);
        var tasks = await TasksAsync(cells, scope == "campaign", ct);
        var rows = await RowsAsync(cells, tasks, reports, today, query, ct);

        var shown = rows.SelectMany(r => r.Cells.Select((cell, i) => (cell, task: tasks[i]))).Where(x => x.cell is not null).ToList();
        var status = cells.ToDictionary(a => a.Id, a => a.Status);
        var rates = tasks.Select(t => Rate(t.TaskId, shown.Where(x => x.task.TaskId == t.TaskId).Select(x => x.cell!), status)).ToList();
        var overall = Rate(null, shown.Select(x => x.cell!), status);
        var orgs = rows.Select(r => r.OrganizationId).ToHashSet();
        var sums = await BoardSums.ComputeAsync(db, cells.Where(a => orgs.Contains(a.OrganizationId)).ToList(), reports, ct);
        return new BoardDto(scope, query.DirectiveId ?? query.CampaignId!.Value, title, stem, today, tasks, rows, rates, overall, sums);
    }

    /// <summary>Areas valid today for the filter, communes first by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AreaChoicesAsync(CancellationToken ct)
    {
        var today = TimeDisplay.Today(clock);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.ValidFrom <= today && (a.ValidTo == null || today < a.ValidTo))
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return areas.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Id, a.Name)).ToList();
    }

    private async Task<List<BoardTaskDto>> TasksAsync(List<ComplianceAssignment> cells, bool withLetter, CancellationToken ct)
    {
        var directiveIds = cells.Select(a => a.DirectiveId).Distinct().ToList();
        var letters = await db.Set<Directive>().AsNoTracking().Where(d => directiveIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        // Two plain queries: SQLite cannot run the APPLY a nested projection would need.
        var sections = await db.Set<DirectiveSection>().AsNoTracking().Where(s => directiveIds.Contains(s.DirectiveId))
            .Select(s => new { s.Id, s.DirectiveId, s.Order }).ToDictionaryAsync(s => s.Id, ct);
        var sectionIds = sections.Keys.ToList();
        var all = (await db.Set<DirectiveTask>().AsNoTracking().Where(t => sectionIds.Contains(t.SectionId))
                .Select(t => new { t.SectionId, t.Order, t.Id, t.Text }).ToListAsync(ct))
            .Select(t => new { sections[t.SectionId].DirectiveId, Section = sections[t.SectionId].Order, t.Order, t.Id, t.Text }).ToList();
        var assigned = cells.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.Min(a => a.DueDate));
        var result = new List<BoardTaskDto>();
        foreach (var group in all.GroupBy(t => t.DirectiveId).OrderBy(g => letters[g.Key].IssuedOn).ThenBy(g => letters[g.Key].Number))
        {
            var number = DirectiveMapping.NumberText(letters[group.Key]);
            var ordinal = 0;
            foreach (var t in group.OrderBy(t => t.Section).ThenBy(t => t.Order))
            {
                ordinal++;
                if (!assigned.TryGetValue(t.Id, out var due)) continue;
                var title = $"Nhiệm vụ {ordinal} (hạn {TimeDisplay.FormatDate(due)})";
                if (withLetter) title = $"{number ?? "Dự thảo"} – {title}";
                result.Add(new BoardTaskDto(t.Id, t.DirectiveId, number, ordinal, t.Text, due, title));
            }
        }
        // Two versions of a letter can give the same header; exports key columns by it.
        foreach (var dup in result.GroupBy(t => t.Title).Where(g => g.Count() > 1))
            foreach (var (t, i) in dup.Skip(1).Select((t, i) => (t, i)))
                result[result.IndexOf(t)] = t with { Title = $"{t.Title} ({i + 2})" };
        return result;
    }

    private async Task<List<BoardRowDto>> RowsAsync(List<ComplianceAssignment> cells, List<BoardTaskDto> tasks, List<BoardReport> reports,
        DateOnly today, BoardQuery query, CancellationToken ct)
    {
        var orgIds = cells.Select(a => a.OrganizationId).Distinct().ToList();
        var orgs = await db.Set<Organization>().AsNoTracking().Include(o => o.Areas).Where(o => orgIds.Contains(o.Id)).ToListAsync(ct);
        HashSet<Guid>? areas = null;
        if (query.AreaId is { } areaId)
            areas = [areaId, .. await db.Set<Area>().Where(a => a.ParentId == areaId).Select(a => a.Id).ToListAsync(ct)];
        var latest = reports.GroupBy(r => r.AssignmentId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!);
        var column = tasks.Select((t, i) => (t.TaskId, i)).ToDictionary(x => x.TaskId, x => x.i);
        var rows = new List<BoardRowDto>();
        foreach (var o in orgs.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)))
        {
            if (query.Kind is { } kind && o.Kind != kind) continue;
            if (areas is not null && !o.Areas.Any(a => areas.Contains(a.AreaId))) continue;
            var row = new BoardCellDto?[tasks.Count];
            foreach (var a in cells.Where(a => a.OrganizationId == o.Id && column.ContainsKey(a.TaskId)))
            {
                var state = a.Of(today);
                latest.TryGetValue(a.Id, out var r);
                row[column[a.TaskId]] = new BoardCellDto(a.Id, state, state.Vietnamese(), a.DueDate, r?.Version, r?.SubmittedAt);
            }
            if (query.State is { } s && !row.Any(c => c?.State == s)) continue;
            rows.Add(new BoardRowDto(o.Id, o.Name, o.ShortName, o.Kind, row));
        }
        return rows;
    }

    private static BoardRateDto Rate(Guid? taskId, IEnumerable<BoardCellDto> shown, Dictionary<Guid, AssignmentStatus> status)
    {
        var list = shown.ToList();
        int n = list.Count,
            acknowledged = list.Count(c => status[c.AssignmentId] != AssignmentStatus.Pending),
            reported = list.Count(c => status[c.AssignmentId] is AssignmentStatus.Submitted or AssignmentStatus.Accepted),
            accepted = list.Count(c => status[c.AssignmentId] == AssignmentStatus.Accepted),
            overdue = list.Count(c => c.State == ComplianceState.Overdue);
        decimal Percent(int k) => n == 0 ? 0 : Math.Round(100m * k / n, 1, MidpointRounding.AwayFromZero);
        return new BoardRateDto(taskId, n, acknowledged, reported, accepted, overdue, Percent(acknowledged), Percent(reported), Percent(accepted));
    }
}

/// <summary>What the board needs of a report version.</summary>
public sealed record BoardReport(Guid AssignmentId, Guid OrganizationId, int Version, DateTime SubmittedAt, ReportReview Review, string? Values);
