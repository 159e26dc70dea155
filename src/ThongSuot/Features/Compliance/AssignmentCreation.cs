using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// The assignments an issued letter makes: one per task that asks for a report (and has a due date) and per organisation
/// the task is addressed to. A section without recipient lines is addressed to every line of the letter. Used by the
/// issue hook and by the demo, which inserts its issued letter directly.
/// </summary>
public static class AssignmentCreation
{
    /// <summary>Adds the missing assignments to the context (not saved); returns them. Runs again safely.</summary>
    /// <param name="directive">Loaded with recipients (and their organisations), sections (and their recipient lines) and tasks.</param>
    public static async Task<IReadOnlyList<ComplianceAssignment>> AddForAsync(AppDbContext db, Directive directive, DateTime now, CancellationToken ct)
    {
        var wanted = Addressees(directive).ToList();
        if (wanted.Count == 0) return [];
        var taskIds = wanted.Select(w => w.Task.Id).Distinct().ToList();
        var existing = (await db.Set<ComplianceAssignment>().Where(a => taskIds.Contains(a.TaskId))
            .Select(a => new { a.TaskId, a.OrganizationId }).ToListAsync(ct)).Select(a => (a.TaskId, a.OrganizationId)).ToHashSet();
        var organizationIds = wanted.Select(w => w.OrganizationId).Distinct().ToList();
        var kinds = await db.Set<Organization>().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
        var forms = (await db.Set<ReadinessForm>().Where(f => f.IsActive).ToListAsync(ct)).OrderBy(f => f.Code, StringComparer.Ordinal).ToList();

        var added = new List<ComplianceAssignment>();
        foreach (var (task, organizationId) in wanted)
        {
            if (!kinds.TryGetValue(organizationId, out var kind) || !existing.Add((task.Id, organizationId))) continue;
            var assignment = new ComplianceAssignment
            {
                DirectiveId = directive.Id, TaskId = task.Id, CampaignId = directive.CampaignId, OrganizationId = organizationId,
                DueDate = task.DueDate!.Value, FormId = forms.FirstOrDefault(f => f.Kinds.Contains(kind))?.Id,
                Status = AssignmentStatus.Pending, CreatedAt = now, UpdatedAt = now,
            };
            db.Add(assignment);
            added.Add(assignment);
        }
        return added;
    }

    /// <summary>(task, organisation) pairs of the report-required tasks with a due date, in letter order, without duplicates.</summary>
    public static IEnumerable<(DirectiveTask Task, Guid OrganizationId)> Addressees(Directive directive)
    {
        var lines = directive.Recipients.ToDictionary(r => r.Id);
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var section in directive.Sections.OrderBy(s => s.Order))
        {
            var sectionLines = section.Recipients.Count == 0
                ? directive.Recipients
                : section.Recipients.Select(r => lines.GetValueOrDefault(r.RecipientId)).OfType<DirectiveRecipient>().ToList();
            var organizations = sectionLines.SelectMany(l => l.Organizations).Select(o => o.OrganizationId).Distinct().ToList();
            foreach (var task in section.Tasks.OrderBy(t => t.Order).Where(t => t.ReportRequired && t.DueDate is not null))
                foreach (var organizationId in organizations)
                    if (seen.Add((task.Id, organizationId))) yield return (task, organizationId);
        }
    }
}
