using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThongSuot.Features.Incidents;
using static ThongSuot.Tests.Nodes.NodeLeader;

namespace ThongSuot.Tests.Nodes;

/// <summary>
/// The periodic jobs with two nodes: one leader runs the escalation scan and the report reminders, and when it is killed
/// mid-run the other takes over; every step and every reminder is sent once, to the same people a single node tells.
/// </summary>
[Collection(TwoNodes.Name)]
public sealed class NodeLeaderTests(TwoNodeCluster cluster)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task EscalationStepsAndRemindersFireOncePerStepAlsoWhenTheLeaderIsKilledMidRun()
    {
        await cluster.BothUpAsync();
        var leader = await LeaderAsync(cluster);
        var survivor = cluster.Other(leader);
        var key = await cluster.ApiKeyAsync("VIETTEL");

        // Before the kill: the leader alone takes the first steps and sends the first reminders.
        var before = await ReportAsync(key, 2, "trước");
        var remindedBefore = await OverdueAssignmentsAsync(cluster, "VNPT", 2);
        await Backdate(cluster, before, TimeSpan.FromDays(1));
        foreach (var id in before) await StepsUntilAsync(id, [(EscalationKind.Acknowledge, 1), (EscalationKind.Restore, 1)]);
        foreach (var id in remindedBefore) await cluster.EventuallyAsync(() => ToldAsync(cluster, ReminderKey(id)), t => t.Count > 0, Deadline, $"assignment {id} reminded");

        // A run with work to do, and the leader killed as soon as it has begun.
        var during = await ReportAsync(key, 10, "giữa");
        var remindedDuring = await OverdueAssignmentsAsync(cluster, "VNPT", 4);
        await Backdate(cluster, during, TimeSpan.FromDays(1));
        await cluster.EventuallyAsync(() => Task.WhenAll(during.Select(id => StepsAsync(cluster, id))), s => s.Any(x => x.Count > 0), Deadline, "the run begun");
        leader.Kill();
        Assert.Equal(survivor, await LeaderAsync(cluster, not: leader));
        foreach (var id in during) await StepsUntilAsync(id, [(EscalationKind.Acknowledge, 1), (EscalationKind.Restore, 1)]);

        // The next step of each, on the new leader.
        var all = before.Concat(during).ToList();
        await BackdateSteps(cluster, all, TimeSpan.FromHours(2));
        foreach (var id in all)
            await StepsUntilAsync(id, [(EscalationKind.Acknowledge, 1), (EscalationKind.Acknowledge, 2), (EscalationKind.Restore, 1), (EscalationKind.Restore, 2)]);

        // Once per step: the step rows and timeline entries are four, and every incident's step told the same people, once each.
        var first = all[0];
        foreach (var (kind, step) in new[] { (EscalationKind.Acknowledge, 1), (EscalationKind.Acknowledge, 2), (EscalationKind.Restore, 1), (EscalationKind.Restore, 2) })
        {
            var expected = await ToldAsync(cluster, StepKey(first, kind, step));
            Assert.NotEmpty(expected);
            foreach (var id in all) Assert.Equal(expected, await ToldAsync(cluster, StepKey(id, kind, step)));
        }
        foreach (var id in all) Assert.Equal(4, await TimelineEscalationsAsync(cluster, id));

        var reminded = remindedBefore.Concat(remindedDuring).ToList();
        var told = await ToldAsync(cluster, ReminderKey(reminded[0]));
        Assert.NotEmpty(told);
        foreach (var id in reminded)
            Assert.Equal(told, await cluster.EventuallyAsync(() => ToldAsync(cluster, ReminderKey(id)), t => t.Count >= told.Count, Deadline, $"assignment {id} reminded"));
        Assert.All(told, t => Assert.StartsWith("overdue|", t));
    }

    private async Task<List<Guid>> ReportAsync(string key, int count, string phase)
    {
        using var system = cluster.Client();
        system.DefaultRequestHeaders.Add("X-Api-Key", key);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            using var response = await system.PostAsync("/api/v1/incidents", NodeIncidents.Json($"Mất liên lạc diện rộng {phase} {i}", severity: 1));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return ids;
    }

    private Task StepsUntilAsync(Guid id, List<(EscalationKind, int)> steps) =>
        cluster.EventuallyAsync(() => StepsAsync(cluster, id), s => s.SequenceEqual(steps), Deadline, $"incident {id} at steps {string.Join(", ", steps)}");
}
