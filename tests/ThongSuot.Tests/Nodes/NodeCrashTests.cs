using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;

namespace ThongSuot.Tests.Nodes;

/// <summary>kill -9 of a node while operators' systems report through it: nothing answered is lost, nobody is told twice.</summary>
[Collection(TwoNodes.Name)]
public sealed class NodeCrashTests(TwoNodeCluster cluster)
{
    private const int Clients = 8;

    private sealed record Attempt(string Key, string Title, HttpStatusCode? Status, Guid? Id);

    [Fact]
    public async Task AfterKillNineOfANodeMidIntakeEveryAnsweredReportIsStoredAndNotifiedOnceAndItsRetryReplays()
    {
        await cluster.BothUpAsync();
        var (doomed, survivor) = (cluster.A, cluster.B);
        var key = await cluster.ApiKeyAsync("VIETTEL");
        var run = Guid.NewGuid().ToString("N")[..6];

        // What one report is told to, with both nodes up: the recipients every report below must get, once each.
        using var survivorClient = Reporter(survivor, key);
        var control = await PostAsync(survivorClient, $"ctl-{run}", $"Báo đối chứng {run}");
        Assert.Equal(HttpStatusCode.Created, control.Status);
        var expected = await cluster.EventuallyAsync(() => RecipientsAsync(control.Id!.Value), r => r.Delivered && r.Recipients.Count > 0,
            TimeSpan.FromSeconds(30), "the control report notified");

        var attempts = new ConcurrentBag<Attempt>();
        var answered = 0;
        using var doomedClient = Reporter(doomed, key);
        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var attempt = await PostAsync(doomedClient, $"crash-{run}-{c}-{n}", $"Báo khi nút chết {run} {c}-{n}");
                attempts.Add(attempt);
                if (attempt.Status is null) return;
                Assert.Equal(HttpStatusCode.Created, attempt.Status);
                Interlocked.Increment(ref answered);
            }
        })).ToArray();
        await cluster.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref answered)), n => n >= 3 * Clients, TimeSpan.FromSeconds(60), "24 reports answered");
        doomed.Kill();
        await Task.WhenAll(clients);

        var ok = attempts.Where(a => a.Status is not null).ToList();
        var cut = attempts.Where(a => a.Status is null).ToList();
        Assert.Equal(Clients, cut.Count);
        var stored = await cluster.WithDbAsync(db => db.Set<Incident>().Where(i => i.Title.StartsWith($"Báo khi nút chết {run} ")).Select(i => new { i.Id, i.Title }).ToListAsync());
        Assert.Empty(ok.Select(a => a.Id!.Value).Except(stored.Select(s => s.Id)));

        // The same key again, now through the survivor: the answered ones replay their incident; the cut-off ones are
        // stored now, or replay the incident that committed before the node died without answering.
        foreach (var a in ok)
        {
            var retry = await PostAsync(survivorClient, a.Key, a.Title);
            Assert.Equal((HttpStatusCode.OK, a.Id), (retry.Status, retry.Id));
        }
        var retried = new List<Guid>();
        foreach (var a in cut)
        {
            var retry = await PostAsync(survivorClient, a.Key, a.Title);
            Assert.Contains(retry.Status, new HttpStatusCode?[] { HttpStatusCode.Created, HttpStatusCode.OK });
            retried.Add(retry.Id!.Value);
        }
        var all = await cluster.WithDbAsync(db => db.Set<Incident>().Where(i => i.Title.StartsWith($"Báo khi nút chết {run} ")).Select(i => i.Id).ToListAsync());
        Assert.Equal(ok.Select(a => a.Id!.Value).Concat(retried).Order(), all.Order());

        // Every report, also those node A stored but had not yet told anyone about, is told to the control's recipients, once.
        foreach (var id in all)
        {
            var seen = await cluster.EventuallyAsync(() => RecipientsAsync(id), r => r.Delivered && r.Recipients.Count >= expected.Recipients.Count,
                TimeSpan.FromSeconds(60), $"incident {id} notified");
            Assert.Equal(expected.Recipients, seen.Recipients);
            Assert.Equal(expected.InApp, seen.InApp);
        }
    }

    private static HttpClient Reporter(AppNode node, string key)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<Attempt> PostAsync(HttpClient client, string key, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = NodeIncidents.Json(title) };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await client.SendAsync(request);
            Guid? id = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() : null;
            return new Attempt(key, title, response.StatusCode, id);
        }
        catch (HttpRequestException)
        {
            // The node died before it answered: the report may or may not have been stored.
            return new Attempt(key, title, null, null);
        }
    }

    /// <summary>
    /// Who an incident's report was told to (channel and recipient of each outbox message, sorted), how many in-app
    /// notifications reached inboxes, and whether every in-app message is delivered.
    /// </summary>
    private sealed record Told(List<string> Recipients, int InApp, bool Delivered)
    {
        public override string ToString() => $"{Recipients.Count} messages, {InApp} in inboxes, delivered: {Delivered}";
    }

    private Task<Told> RecipientsAsync(Guid id) => cluster.WithDbAsync(async db =>
    {
        var prefix = $"incident:{id}:reported|";
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith(prefix))
            .Select(m => new { m.Id, m.DedupKey, m.Channel, m.Status }).ToListAsync();
        var ids = messages.Select(m => m.Id).ToList();
        var inboxes = await db.Set<InAppNotification>().CountAsync(n => ids.Contains(n.OutboxMessageId));
        var delivered = messages.Where(m => m.Channel == OutboxChannel.InApp).All(m => m.Status == OutboxStatus.Sent);
        return new Told(messages.Select(m => m.DedupKey[prefix.Length..]).Order(StringComparer.Ordinal).ToList(), inboxes, delivered);
    });
}
