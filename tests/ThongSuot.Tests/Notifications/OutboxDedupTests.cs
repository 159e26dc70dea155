using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>One DedupKey, one message: in one unit of work, across "restarts" (new scopes) and with concurrent callers.</summary>
public abstract class OutboxDedupTests(NotificationsAppFactory app)
{
    private Outbox Outbox => app.Services.GetRequiredService<Outbox>();

    [Fact]
    public async Task EnqueueingOneKeyTwiceStoresOneMessage()
    {
        var key = $"reminder:{Guid.NewGuid()}:D-2";
        var first = await app.WithDbAsync(async db =>
        {
            var a = await Outbox.EnqueueAsync(db, InApp(key));
            var b = await Outbox.EnqueueAsync(db, InApp(key));
            await db.SaveChangesAsync();
            return (a, b);
        });
        // A later run (after a restart: a new scope, nothing tracked) produces the same reminder again.
        var again = await app.WithDbAsync(async db =>
        {
            var c = await Outbox.EnqueueAsync(db, InApp(key));
            await Outbox.SaveChangesAsync(db);
            return c;
        });

        Assert.Equal((true, false), first);
        Assert.False(again);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey == key)));
    }

    [Fact]
    public async Task ConcurrentCallersWithOneKeyStoreOneMessageAndEveryBusinessWrite()
    {
        var key = $"incident:{Guid.NewGuid()}:escalated:1";
        var orgId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).SingleAsync());
        const int callers = 6;
        using var allEnqueued = new Barrier(callers);
        var names = Enumerable.Range(0, callers).Select(i => $"dedup-{key}-{i}").ToList();

        var tasks = names.Select(name => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Each caller's own business write, committed with (or without) the notification.
            db.Add(new WebhookEndpoint { OrganizationId = orgId, Name = name, Url = "https://noc.example/hook", Secret = "s", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await Outbox.EnqueueAsync(db, InApp(key));
            allEnqueued.SignalAndWait(TimeSpan.FromSeconds(30));
            return await Outbox.SaveChangesAsync(db);
        })).ToList();
        await Task.WhenAll(tasks);

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey == key)));
        Assert.Equal(callers, await app.WithDbAsync(db => db.Set<WebhookEndpoint>().CountAsync(w => names.Contains(w.Name))));
        // Each business write has exactly one audit row, also for callers whose first SaveChanges lost the race.
        var ids = await app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(w => names.Contains(w.Name)).Select(w => w.Id.ToString()).ToListAsync());
        var audits = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(WebhookEndpoint)).Select(a => a.EntityId).ToListAsync());
        Assert.All(ids, id => Assert.Single(audits, a => string.Equals(a, id, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task NotifyingAnOrganisationTwiceWithOneEventKeyNotifiesNobodyTwice()
    {
        var orgId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT").Select(o => o.Id).SingleAsync());
        var e = new NotificationEvent("reminder.due", NotificationCategory.Reminders, $"reminder:{Guid.NewGuid()}:D-0", "Nhắc hạn", "Hôm nay là hạn báo cáo.");
        async Task<int> NotifyAsync() => await app.WithDbAsync(async db =>
        {
            var added = await new Notifier(Outbox).NotifyOrganizationAsync(db, orgId, e);
            await Outbox.SaveChangesAsync(db);
            return added;
        });

        var first = await NotifyAsync();
        var second = await NotifyAsync();

        Assert.True(first >= 2, "the VNPT member in-app and the organisation's address by e-mail");
        Assert.Equal(0, second);
        Assert.Equal(first, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith(e.DedupKey))));
    }

    [Fact]
    public async Task ParallelDispatchersDeliverEachMessageOnce()
    {
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "viettel").Select(u => u.Id).SingleAsync());
        var prefix = $"parallel:{Guid.NewGuid()}";
        var ids = await app.WithDbAsync(async db =>
        {
            var list = new List<Guid>();
            for (var i = 0; i < 40; i++)
            {
                var m = InApp($"{prefix}:{i}");
                m.UserId = userId;
                await Outbox.EnqueueAsync(db, m);
                list.Add(m.Id);
            }
            await db.SaveChangesAsync();
            return list;
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var pass = 0; pass < 5; pass++) await app.Dispatcher.DispatchDueAsync();
        })));

        var messages = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).ToListAsync());
        Assert.All(messages, m => { Assert.Equal(OutboxStatus.Sent, m.Status); Assert.Equal(1, m.Attempts); });
        Assert.Equal(40, await app.WithDbAsync(db => db.Set<InAppNotification>().CountAsync(n => ids.Contains(n.OutboxMessageId))));
    }

    private static OutboxMessage InApp(string key) => new()
    {
        Channel = OutboxChannel.InApp, EventType = "test.event", DedupKey = key, UserId = null,
        Subject = "Thử", Body = "Nội dung thử",
    };
}

public sealed class OutboxDedupTestsOnSqlite(SqliteNotificationsAppFactory app) : OutboxDedupTests(app), IClassFixture<SqliteNotificationsAppFactory>;

public sealed class OutboxDedupTestsOnPostgres(PostgresNotificationsAppFactory app) : OutboxDedupTests(app), IClassFixture<PostgresNotificationsAppFactory>;
