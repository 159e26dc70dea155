using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>The notifications test app with the escalation loop on, every 30 s of its fake clock: no test calls ScanAsync.</summary>
public sealed class EscalationLoopAppFactory() : NotificationsAppFactory(DbProvider.Sqlite)
{
    public static readonly TimeSpan ScanPeriod = TimeSpan.FromSeconds(30);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Incidents:Escalation:ScanSeconds"] = ((int)ScanPeriod.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }
}

/// <summary>The real <see cref="EscalationWorker"/> runs its scan when the fake clock moves past a tick, end to end.</summary>
public sealed class EscalationWorkerTests(EscalationLoopAppFactory app) : IClassFixture<EscalationLoopAppFactory>
{
    [Fact]
    public async Task TheWorkerEscalatesAnUnacknowledgedIncidentStepByStepAsTheClockMoves()
    {
        await EnsureDutyAsync(app);
        var reported = app.Clock.GetUtcNow().UtcDateTime;
        var id = (await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Mất sóng thử vòng quét", severity: 1))).Id();

        // Severity 1 allows 5 minutes to acknowledge; the next step comes 15 minutes later.
        app.Clock.Advance(TimeSpan.FromMinutes(5) - EscalationLoopAppFactory.ScanPeriod);
        var first = await TickUntilAsync(id, steps: 1);
        var step1 = Assert.Single(first);
        Assert.Equal((EscalationKind.Acknowledge, 1), (step1.Kind, step1.Step));
        Assert.InRange(step1.At, reported.AddMinutes(5), app.Clock.GetUtcNow().UtcDateTime);

        app.Clock.MoveTo(new DateTimeOffset(reported.AddMinutes(20)) - EscalationLoopAppFactory.ScanPeriod);
        var second = await TickUntilAsync(id, steps: 2);
        Assert.Equal([1, 2], second.Select(s => s.Step));
        Assert.InRange(second[1].At, reported.AddMinutes(20), app.Clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// Moves the clock one scan period at a time, waiting up to a second after each move, until the incident has so many
    /// acknowledge steps (at most 10 moves). The first move is normally the one: more are there because the worker's loop
    /// starts on the thread pool with the host, and a timer made after a move counts from then.
    /// </summary>
    private async Task<List<IncidentEscalation>> TickUntilAsync(Guid id, int steps)
    {
        for (var move = 0; move < 10; move++)
        {
            app.Clock.Advance(EscalationLoopAppFactory.ScanPeriod);
            for (var poll = 0; poll < 40; poll++)
            {
                var taken = (await app.StepsAsync(id)).Where(s => s.Kind == EscalationKind.Acknowledge).ToList();
                if (taken.Count >= steps) return taken;
                await Task.Delay(25);
            }
        }
        throw new TimeoutException($"The worker took fewer than {steps} escalation steps within 10 scan periods.");
    }
}
