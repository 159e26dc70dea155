using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// The listeners run after the change commits, on the background processor: a failing listener is tried again and a change
/// whose listeners never ran (the app stopped right after the commit) is picked up later. Nothing is lost.
/// </summary>
public abstract class IncidentEventsTests(IncidentEventsAppFactory app)
{
    [Fact]
    public async Task AFailingListenerIsTriedAgainLaterAndNotificationsAreSentOnce()
    {
        app.Flaky.Failing = true;
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Sự cố thử bộ nghe lỗi"));
        var id = created.Id();

        var failed = await WaitForAsync(() => app.WithDbAsync(db => db.Set<IncidentEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.IncidentId == id && e.Attempts > 0)));
        Assert.Contains("FlakyListener", failed.LastError);
        Assert.True(failed.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime, "the retry waits");
        var first = await app.WithDbAsync(db => db.Set<ThongSuot.Features.Notifications.OutboxMessage>().CountAsync(m => m.DedupKey.StartsWith($"incident:{id}:reported|")));
        Assert.True(first > 0, "the other listeners ran on the first attempt");

        app.Flaky.Failing = false;
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        app.Services.GetRequiredService<IncidentEvents>().Wake();
        await app.IncidentListenersDoneAsync();

        Assert.Contains(app.Flaky.Seen, c => c.IncidentId == id && c.What == "reported");
        var messages = await app.MessagesAsyncStartingWith($"incident:{id}:reported|");
        Assert.Equal(first, messages.Count);
        Assert.Equal(messages.Count, messages.Select(m => m.DedupKey).Distinct().Count());
    }

    [Fact]
    public async Task AChangeWhoseListenersNeverRanIsHandedToThemLater()
    {
        var id = await IncidentsTestData.DemoIncidentAsync(app, "");
        var number = await app.WithDbAsync(db => db.Set<Incident>().Where(i => i.Id == id).Select(i => i.Number).FirstAsync());
        // What a crash right after the commit leaves behind: the change's event, no listener run yet, nobody waking the processor.
        await app.WithDbAsync(db =>
        {
            db.Add(IncidentEvent.From(new IncidentChange(id, number, "note", IncidentStatus.Reported, 2, app.Clock.GetUtcNow().UtcDateTime)));
            return db.SaveChangesAsync();
        });

        await app.IncidentListenersDoneAsync(); // the processor's poll finds it

        Assert.Contains(app.Flaky.Seen, c => c.IncidentId == id && c.What == "note");
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("Nothing showed up within 10 s.");
    }
}

/// <summary>A listener that fails while told to and remembers what it saw.</summary>
public sealed class FlakyListener : IIncidentListener
{
    public volatile bool Failing;
    public System.Collections.Concurrent.ConcurrentBag<IncidentChange> Seen { get; } = [];

    public Task OnChangedAsync(IncidentChange change, CancellationToken ct)
    {
        if (Failing) throw new InvalidOperationException("Bộ nghe thử đang lỗi.");
        Seen.Add(change);
        return Task.CompletedTask;
    }
}

/// <summary>The notifications test app with a <see cref="FlakyListener"/> and the processor polling every second.</summary>
public abstract class IncidentEventsAppFactory(DbProvider provider) : NotificationsAppFactory(provider)
{
    public FlakyListener Flaky { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Incidents:Events:PollSeconds"] = "1" }));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddScoped<IIncidentListener>(_ => Flaky);
    }
}

public sealed class SqliteIncidentEventsAppFactory() : IncidentEventsAppFactory(DbProvider.Sqlite);

public sealed class PostgresIncidentEventsAppFactory() : IncidentEventsAppFactory(DbProvider.Postgres);

public sealed class IncidentEventsTestsOnSqlite(SqliteIncidentEventsAppFactory app) : IncidentEventsTests(app), IClassFixture<SqliteIncidentEventsAppFactory>;

public sealed class IncidentEventsTestsOnPostgres(PostgresIncidentEventsAppFactory app) : IncidentEventsTests(app), IClassFixture<PostgresIncidentEventsAppFactory>;
