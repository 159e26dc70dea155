using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Tests.Nodes;

/// <summary>The two-node tests' reads of the periodic jobs: who leads, which steps and reminders were taken, who was told.</summary>
internal static class NodeLeader
{
    /// <summary>
    /// The nodes holding a PostgreSQL advisory lock on the cluster's database now: the sessions' client ports, matched with
    /// the nodes' open sockets (a leader's own connection may carry an Application Name of its own).
    /// </summary>
    public static async Task<List<string>> HoldersAsync(TwoNodeCluster cluster)
    {
        await using var conn = new NpgsqlConnection(cluster.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT DISTINCT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database()
            """, conn);
        var ports = new List<int>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ports.Add(reader.IsDBNull(0) ? -1 : reader.GetInt32(0));
        return cluster.Nodes.Where(n => n.LocalPorts().Overlaps(ports)).Select(n => n.Name).ToList();
    }

    /// <summary>The one node that leads the periodic jobs, once one does (the leader election's advisory lock).</summary>
    public static async Task<AppNode> LeaderAsync(TwoNodeCluster cluster, AppNode? not = null)
    {
        var holders = await cluster.EventuallyAsync(() => HoldersAsync(cluster), h => h.Count == 1 && h[0] != not?.Name, TimeSpan.FromSeconds(30),
            "one node holding the periodic jobs' PostgreSQL advisory lock (the leader election)");
        return cluster.Nodes.Single(n => n.Name == holders[0]);
    }

    /// <summary>Moves an incident's report back in time, so its SLA clocks are past due at the next scan.</summary>
    public static Task Backdate(TwoNodeCluster cluster, IReadOnlyList<Guid> incidents, TimeSpan by) => cluster.WithDbAsync(async db =>
    {
        var at = DateTime.UtcNow - by;
        return await db.Set<Incident>().Where(i => incidents.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.CreatedAt, at));
    });

    /// <summary>Moves the steps already taken back by more than the step interval, so each incident's next step is due.</summary>
    public static Task BackdateSteps(TwoNodeCluster cluster, IReadOnlyList<Guid> incidents, TimeSpan by) => cluster.WithDbAsync(async db =>
    {
        var at = DateTime.UtcNow - by;
        return await db.Set<IncidentEscalation>().Where(e => incidents.Contains(e.IncidentId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at));
    });

    public static Task<List<(EscalationKind Kind, int Step)>> StepsAsync(TwoNodeCluster cluster, Guid incident) => cluster.WithDbAsync(async db =>
        (await db.Set<IncidentEscalation>().AsNoTracking().Where(e => e.IncidentId == incident).Select(e => new { e.Kind, e.Step }).ToListAsync())
            .Select(e => (e.Kind, e.Step)).Order().ToList());

    public static Task<int> TimelineEscalationsAsync(TwoNodeCluster cluster, Guid incident) => cluster.WithDbAsync(db =>
        db.Set<IncidentEntry>().CountAsync(e => e.IncidentId == incident && e.Kind == IncidentEntryKind.Escalation));

    /// <summary>"channel|recipient" of every message of one escalation step, or of one assignment's reminders, sorted.</summary>
    public static Task<List<string>> ToldAsync(TwoNodeCluster cluster, string keyPrefix) => cluster.WithDbAsync(async db =>
        (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith(keyPrefix)).Select(m => m.DedupKey).ToListAsync())
            .Select(k => k[keyPrefix.Length..]).Order(StringComparer.Ordinal).ToList());

    public static string StepKey(Guid incident, EscalationKind kind, int step) => $"incident:{incident}:escalation:{kind}:{step}|";

    public static string ReminderKey(Guid assignment) => ReminderMessage.DedupKey(assignment, "");

    /// <summary>
    /// New assignments of tasks of the demo's issued 2027 letter to one organisation, due <paramref name="daysAgo"/> days ago
    /// and created before that: each has exactly one reminder due now, "overdue".
    /// </summary>
    public static Task<List<Guid>> OverdueAssignmentsAsync(TwoNodeCluster cluster, string organization, int count, int daysAgo = 5) => cluster.WithDbAsync(async db =>
    {
        var letter = await db.Set<Directive>().Where(d => d.Campaign!.UniqueKey == $"{CampaignOccasion.LunarNewYear}:2027" && d.Status == DirectiveStatus.Issued && d.ParentDirectiveId == null)
            .Select(d => new { d.Id, d.CampaignId }).FirstAsync();
        var org = await db.Set<Organization>().Where(o => o.ShortName == organization).Select(o => o.Id).SingleAsync();
        var taken = await db.Set<ComplianceAssignment>().Where(a => a.OrganizationId == org).Select(a => a.TaskId).ToListAsync();
        var tasks = await db.Set<DirectiveTask>().Where(t => db.Set<DirectiveSection>().Any(s => s.Id == t.SectionId && s.DirectiveId == letter.Id))
            .Where(t => !taken.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.Id).Take(count).ToListAsync();
        Assert.Equal(count, tasks.Count);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var created = DateTime.UtcNow.AddDays(-daysAgo - 10);
        var assignments = tasks.Select(t => new ComplianceAssignment
        {
            DirectiveId = letter.Id, TaskId = t, CampaignId = letter.CampaignId, OrganizationId = org, DueDate = today.AddDays(-daysAgo),
            Status = AssignmentStatus.Pending, CreatedAt = created, UpdatedAt = created,
        }).ToList();
        db.AddRange(assignments);
        await db.SaveChangesAsync();
        return assignments.Select(a => a.Id).ToList();
    });
}
