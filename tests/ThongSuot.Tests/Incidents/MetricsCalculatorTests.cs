using ThongSuot.Features.Incidents;

namespace ThongSuot.Tests.Incidents;

public sealed class MetricsCalculatorTests
{
    private static readonly DateTime T0 = new(2027, 2, 6, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<int, IncidentSeverity> Sla = IncidentCatalogSeed.Severities.ToDictionary(s => s.Level);

    private static MetricsIncident At(int severity, int created, int started, int? ack, int? restored, params string[] groups) =>
        new(severity, T0.AddMinutes(created), T0.AddMinutes(started), ack is null ? null : T0.AddMinutes(ack.Value),
            restored is null ? null : T0.AddMinutes(restored.Value), groups);

    [Fact]
    public void MttaCountsFromTheReportAndMttrFromTheStartWithMeanMedianAndP90()
    {
        var incidents = new[]
        {
            At(3, created: 10, started: 0, ack: 20, restored: 100, "a"),
            At(3, created: 0, started: 0, ack: 30, restored: 200, "a"),
            At(3, created: 0, started: 0, ack: 5, restored: 60, "a"),
        };
        var group = Assert.Single(MetricsCalculator.Calculate(incidents, Sla, k => k.ToUpperInvariant(), T0.AddDays(1)));
        Assert.Equal(("a", "A", 3), (group.Key, group.Name, group.Incidents));
        Assert.Equal(new DurationStats(3, 15.0, 10.0, 26.0), group.Mtta);
        Assert.Equal(new DurationStats(3, 120.0, 100.0, 180.0), group.Mttr);
        Assert.Equal((0, 0), (group.AcknowledgeBreaches, group.RestoreBreaches));
    }

    [Fact]
    public void OpenIncidentsAreCountedButLeftOutOfTheMeansAndBreachOnlyOnceTheirLimitHasPassed()
    {
        var incidents = new[]
        {
            At(1, created: 0, started: 0, ack: 3, restored: 90, "x"),
            At(1, created: 0, started: 0, ack: null, restored: null, "x"),   // 10 min at "now": past 5 min to acknowledge, within 120 to restore
            At(2, created: 0, started: 0, ack: 20, restored: null, "x"),     // acknowledged late (15), restore still within 240
        };
        var group = MetricsCalculator.Calculate(incidents, Sla, k => k, T0.AddMinutes(10))[0];
        Assert.Equal(3, group.Incidents);
        Assert.Equal(1, group.Unacknowledged);
        Assert.Equal(2, group.Open);
        Assert.Equal(new DurationStats(2, 11.5, 11.5, 18.3), group.Mtta);
        Assert.Equal(new DurationStats(1, 90.0, 90.0, 90.0), group.Mttr);
        Assert.Equal(2, group.AcknowledgeBreaches);
        Assert.Equal(0, group.RestoreBreaches);

        var later = MetricsCalculator.Calculate(incidents, Sla, k => k, T0.AddMinutes(300))[0];
        Assert.Equal(2, later.RestoreBreaches);
    }

    [Fact]
    public void AnIncidentCountsOnceInEachOfItsGroupsAndGroupsWithoutFinishedIncidentsHaveNoMean()
    {
        var incidents = new[] { At(4, 0, 0, null, null, "viettel", "vnpt", "viettel"), At(4, 0, 0, 30, 45, "viettel") };
        var groups = MetricsCalculator.Calculate(incidents, Sla, k => k, T0.AddMinutes(50)).ToDictionary(g => g.Key);
        Assert.Equal(2, groups["viettel"].Incidents);
        Assert.Equal(1, groups["vnpt"].Incidents);
        Assert.Equal(new DurationStats(0, null, null, null), groups["vnpt"].Mtta);
        Assert.Equal(30.0, groups["viettel"].Mtta.Mean);
    }

    [Fact]
    public void ARestoreStampedBeforeTheStartCountsAsZeroMinutes()
    {
        var group = MetricsCalculator.Calculate([At(3, 0, 50, 10, 20, "g")], Sla, k => k, T0.AddDays(1))[0];
        Assert.Equal(0.0, group.Mttr.Mean);
    }
}
