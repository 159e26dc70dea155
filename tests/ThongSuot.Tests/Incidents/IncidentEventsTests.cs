using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Incidents;
using ThongSuot.Shared.Events;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// The handlers of a domain event run after the change commits, on the background processor, one delivery row per
/// handler: a failing handler is tried again alone with backoff and goes dead after MaxAttempts with its error kept; a
/// delivery no handler ran yet (the app stopped right after the commit) is picked up later; no delivery runs twice.
/// </summary>
public abstract class IncidentEventsTests(IncidentEventsAppFactory app)
{
    [Fact]
    public async Task AFailingHandlerIsTriedAgainAloneAndNotificationsAreSentOnce()
    {
        var title = "Sự cố thử bộ xử lý lỗi " + Guid.NewGuid().ToString("N")[..6];
        app.Flaky.FailingTitles[title] = true;
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body(title));
        var id = created.Id();

        var failed = await WaitForAsync(() => app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Handler == nameof(FlakyHandler) && d.Payload.Contains(id.ToString()) && d.Attempts > 0)));
        Assert.Equal((1, false), (failed.Attempts, failed.Dead));
        Assert.Equal("FlakyHandler: InvalidOperationException: Bộ xử lý thử đang lỗi.", failed.LastError);
        Assert.Equal(failed.CreatedAt + TimeSpan.FromSeconds(5), failed.NextAttemptAt); // the clock stands still: the first backoff
        // The other handlers of the same event ran once and are done; only the failing one's row is left.
        await WaitForAsync(() => app.WithDbAsync(async db => await db.Set<EventDelivery>().CountAsync(d => d.EventId == failed.EventId) == 1 ? "" : null));
        var first = await app.WithDbAsync(db => db.Set<ThongSuot.Features.Notifications.OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"incident:{id}:reported|")));
        Assert.True(first > 0, "the notifications ran on the first attempt");

        app.Flaky.FailingTitles[title] = false;
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        app.Services.GetRequiredService<EventHandlers>().WakeAll();
        await app.EventHandlersDoneAsync();

        Assert.Single(app.Flaky.Seen, c => c.IncidentId == id && c.What == "reported");
        Assert.Equal(1, app.Counter.Runs.GetValueOrDefault((id, "reported")));
        var messages = await app.MessagesAsyncStartingWith($"incident:{id}:reported|");
        Assert.Equal(first, messages.Count);
    }

    [Fact]
    public async Task AHandlerThatKeepsFailingBacksOffExponentiallyAndGoesDeadWithItsError()
    {
        var title = "Sự cố thử bộ xử lý hỏng " + Guid.NewGuid().ToString("N")[..6];
        app.Flaky.FailingTitles[title] = true;
        var id = (await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body(title))).Id();

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= IncidentEventsAppFactory.MaxAttempts; attempt++)
        {
            var row = await WaitForAsync(() => app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking()
                .FirstOrDefaultAsync(d => d.Handler == nameof(FlakyHandler) && d.Payload.Contains(id.ToString()) && d.Attempts == attempt)));
            if (row.Dead) break;
            var wait = row.NextAttemptAt - app.Clock.GetUtcNow().UtcDateTime;
            waits.Add(TimeSpan.FromMilliseconds(Math.Round(wait.TotalMilliseconds))); // PostgreSQL keeps microseconds, the clock ticks

            app.Clock.Advance(wait);
            app.Services.GetRequiredService<EventHandlers>().Wake(nameof(FlakyHandler));
        }

        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], waits);
        var dead = await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking()
            .SingleAsync(d => d.Handler == nameof(FlakyHandler) && d.Payload.Contains(id.ToString())));
        Assert.Equal((IncidentEventsAppFactory.MaxAttempts, true), (dead.Attempts, dead.Dead));
        Assert.Equal("FlakyHandler: InvalidOperationException: Bộ xử lý thử đang lỗi.", dead.LastError);

        // A later change reaches the handler; the dead delivery is not tried again, however much time passes.
        app.Clock.Advance(TimeSpan.FromHours(2));
        var later = (await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Sự cố thử sau bộ hỏng"))).Id();
        await WaitForAsync(() => Task.FromResult(app.Flaky.Seen.Any(c => c.IncidentId == later) ? "" : null));
        var still = await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().SingleAsync(d => d.Id == dead.Id));
        Assert.Equal((IncidentEventsAppFactory.MaxAttempts, true), (still.Attempts, still.Dead));
        Assert.Equal(1, app.Counter.Runs.GetValueOrDefault((id, "reported")));
    }

    [Fact]
    public async Task ADeliveryNoHandlerRanYetIsPickedUpLater()
    {
        var id = await IncidentsTestData.DemoIncidentAsync(app, "");
        var number = await app.WithDbAsync(db => db.Set<Incident>().Where(i => i.Id == id).Select(i => i.Number).FirstAsync());
        // What a crash right after the commit leaves behind: the deliveries, no handler run yet, nobody waking the lanes.
        await app.WithDbAsync(db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Add(new EventDelivery
            {
                EventId = Guid.CreateVersion7(), EventType = nameof(IncidentChanged), Handler = nameof(FlakyHandler), CreatedAt = now, NextAttemptAt = now,
                Payload = EventJson.Write(new IncidentChanged(id, number, "note", IncidentStatus.Reported, 2, now)),
            });
            return db.SaveChangesAsync();
        });

        await app.EventHandlersDoneAsync(); // the lane's poll finds it

        Assert.Contains(app.Flaky.Seen, c => c.IncidentId == id && c.What == "note");
    }

    [Fact]
    public async Task ProcessorsRacingOverTheSameDeliveriesRunEachOnce()
    {
        // Rows as another node leaves them (published there, not yet claimed): due now, leased to nobody.
        var probes = Enumerable.Range(0, 300).Select(_ => new RaceProbe(Guid.NewGuid())).ToList();
        await app.WithDbAsync(db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.AddRange(probes.Select(p => new EventDelivery
            {
                EventId = Guid.CreateVersion7(), EventType = nameof(RaceProbe), Handler = nameof(RaceCounter), Payload = EventJson.Write(p), CreatedAt = now, NextAttemptAt = now,
            }));
            return db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<EventHandlers>().Wake(nameof(RaceCounter));

        // The app's own lane and two more processors, each claiming small batches on connections of their own.
        var others = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<EventProcessor>(app.Services)).ToList();
        // On SQLite a batch whose every row another processor won comes back empty while rows still wait: keep going
        // until none is due, so the three share the work (the app's lane alone is slow on a busy machine).
        await Task.WhenAll(others.Select(p => Task.Run(async () =>
        {
            while (await p.RunDueAsync(nameof(RaceCounter)) > 0 || await AnyRaceProbeDueAsync()) { }
        })));
        await app.EventHandlersDoneAsync();

        Assert.All(probes, p => Assert.Equal(1, app.Race.Runs.GetValueOrDefault(p.Id)));
    }

    [Fact]
    public async Task ADeliveryThisNodePublishedButReachedLateRunsOnlyIfNoOtherNodeTookIt()
    {
        // Two deliveries this node published and has not run yet, with little of their short lease left (a backlog): one
        // another node has claimed meanwhile (its lease moved on), one nobody took.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (taken, free) = (new RaceProbe(Guid.NewGuid()), new RaceProbe(Guid.NewGuid()));
        var rows = new[] { taken, free }.Select(p => new EventDelivery
        {
            EventId = Guid.CreateVersion7(), EventType = nameof(RaceProbe), Handler = nameof(RaceCounter), Payload = EventJson.Write(p), CreatedAt = now,
            NextAttemptAt = now.AddSeconds(1),
        }).ToList();
        await app.WithDbAsync(db => { db.AddRange(rows); return db.SaveChangesAsync(); });
        var othersLease = now.AddSeconds(60);
        await app.WithDbAsync(db => db.Set<EventDelivery>().Where(d => d.Id == rows[0].Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, othersLease)));

        // A processor with handlers of its own, so that the app's lanes do not take the handed rows first.
        var handlers = new EventHandlers(app.Services.GetServices<EventHandlerRegistration>());
        var processor = ActivatorUtilities.CreateInstance<EventProcessor>(app.Services, handlers);
        foreach (var row in rows) handlers.Hand(row);
        await processor.RunDueAsync(nameof(RaceCounter));

        Assert.Equal((0, 1), (app.Race.Runs.GetValueOrDefault(taken.Id), app.Race.Runs.GetValueOrDefault(free.Id)));
        var left = await app.WithDbAsync(db => db.Set<EventDelivery>().AsNoTracking().Where(d => d.Id == rows[0].Id || d.Id == rows[1].Id)
            .Select(d => new { d.Id, d.NextAttemptAt }).ToListAsync());
        Assert.Equal((rows[0].Id, othersLease), (Assert.Single(left).Id, left[0].NextAttemptAt));
        // The other node's row would wait for its lease on this fake clock: out of the later tests' way.
        await app.WithDbAsync(db => db.Set<EventDelivery>().Where(d => d.Id == rows[0].Id).ExecuteDeleteAsync());
    }

    private Task<bool> AnyRaceProbeDueAsync() => app.WithDbAsync(db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return db.Set<EventDelivery>().AnyAsync(d => d.Handler == nameof(RaceCounter) && !d.Dead && d.NextAttemptAt <= now);
    });

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var stop = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < stop)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(20);
        }
        throw new TimeoutException("Nothing showed up within 20 s.");
    }
}

/// <summary>A handler that fails for the incidents whose title it is told, and remembers what it saw.</summary>
public sealed class FlakyHandler(AppDbContext db, FlakyHandler.State state) : IHandles<IncidentChanged>
{
    public sealed class State
    {
        public ConcurrentDictionary<string, bool> FailingTitles { get; } = new();
        public ConcurrentBag<IncidentChanged> Seen { get; } = [];
    }

    public async Task HandleAsync(IncidentChanged change, CancellationToken ct)
    {
        var title = await db.Set<Incident>().Where(i => i.Id == change.IncidentId).Select(i => i.Title).FirstOrDefaultAsync(ct);
        if (title is not null && state.FailingTitles.GetValueOrDefault(title)) throw new InvalidOperationException("Bộ xử lý thử đang lỗi.");
        state.Seen.Add(change);
    }
}

/// <summary>Counts its runs per incident change: a handler beside a failing one must run once.</summary>
public sealed class CountingHandler(CountingHandler.State state) : IHandles<IncidentChanged>
{
    public sealed class State
    {
        public ConcurrentDictionary<(Guid, string), int> Runs { get; } = new();
    }

    public Task HandleAsync(IncidentChanged change, CancellationToken ct)
    {
        state.Runs.AddOrUpdate((change.IncidentId, change.What), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>An event only the race test publishes.</summary>
public sealed record RaceProbe(Guid Id);

public sealed class RaceCounter(RaceCounter.State state) : IHandles<RaceProbe>
{
    public sealed class State
    {
        public ConcurrentDictionary<Guid, int> Runs { get; } = new();
    }

    public async Task HandleAsync(RaceProbe e, CancellationToken ct)
    {
        state.Runs.AddOrUpdate(e.Id, 1, (_, n) => n + 1);
        await Task.Yield();
    }
}

/// <summary>The notifications test app with test handlers, the lanes polling every second, small batches, three attempts.</summary>
public abstract class IncidentEventsAppFactory(DbProvider provider) : NotificationsAppFactory(provider)
{
    public const int MaxAttempts = 3;
    public FlakyHandler.State Flaky { get; } = new();
    public CountingHandler.State Counter { get; } = new();
    public RaceCounter.State Race { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Events:PollSeconds"] = "1", ["Events:BatchSize"] = "7", ["Events:MaxAttempts"] = $"{MaxAttempts}", ["Events:RetryBaseSeconds"] = "5",
        }));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddSingleton(Flaky).AddSingleton(Counter).AddSingleton(Race);
        services.AddEventHandler<IncidentChanged, FlakyHandler>();
        services.AddEventHandler<IncidentChanged, CountingHandler>();
        services.AddEventHandler<RaceProbe, RaceCounter>();
    }
}

public sealed class SqliteIncidentEventsAppFactory() : IncidentEventsAppFactory(DbProvider.Sqlite);

public sealed class PostgresIncidentEventsAppFactory() : IncidentEventsAppFactory(DbProvider.Postgres);

public sealed class IncidentEventsTestsOnSqlite(SqliteIncidentEventsAppFactory app) : IncidentEventsTests(app), IClassFixture<SqliteIncidentEventsAppFactory>;

public sealed class IncidentEventsTestsOnPostgres(PostgresIncidentEventsAppFactory app) : IncidentEventsTests(app), IClassFixture<PostgresIncidentEventsAppFactory>;
