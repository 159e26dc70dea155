using ThongSuot.Features.Incidents;

namespace ThongSuot.Tests.Incidents;

public sealed class IncidentWorkflowTests
{
    private static Incident New() => new() { TypeCode = "CableCut", Title = "t" };
    private static readonly DateTime T0 = new(2027, 2, 6, 16, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnIncidentWalksTheWholePathAndEachStepIsStamped()
    {
        var incident = New();
        IncidentWorkflow.Apply(incident, IncidentStatus.Acknowledged, T0);
        IncidentWorkflow.Apply(incident, IncidentStatus.Responding, T0.AddMinutes(5));
        IncidentWorkflow.Apply(incident, IncidentStatus.Restored, T0.AddHours(2));
        IncidentWorkflow.Apply(incident, IncidentStatus.Closed, T0.AddHours(3));
        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal(T0, incident.AcknowledgedAt);
        Assert.Equal(T0.AddMinutes(5), incident.RespondingAt);
        Assert.Equal(T0.AddHours(2), incident.RestoredAt);
        Assert.Equal(T0.AddHours(3), incident.ClosedAt);
    }

    [Fact]
    public void TheRestoreKeepsWhenTheServiceCameBackAndADropBackToRespondingForgetsIt()
    {
        var incident = New();
        IncidentWorkflow.Apply(incident, IncidentStatus.Acknowledged, T0);
        IncidentWorkflow.Apply(incident, IncidentStatus.Restored, T0.AddHours(2), serviceRestoredAt: T0.AddMinutes(90));
        Assert.Equal((T0.AddHours(2), T0.AddMinutes(90)), (incident.RestoredAt, incident.ServiceRestoredAt));
        IncidentWorkflow.Apply(incident, IncidentStatus.Responding, T0.AddHours(3));
        Assert.Null(incident.ServiceRestoredAt);
        IncidentWorkflow.Apply(incident, IncidentStatus.Restored, T0.AddHours(4));
        Assert.Equal((T0.AddHours(4), T0.AddHours(4)), (incident.RestoredAt, incident.ServiceRestoredAt));
    }

    [Theory]
    [InlineData(IncidentStatus.Reported, IncidentStatus.Responding)]
    [InlineData(IncidentStatus.Reported, IncidentStatus.Restored)]
    [InlineData(IncidentStatus.Reported, IncidentStatus.Closed)]
    [InlineData(IncidentStatus.Acknowledged, IncidentStatus.Closed)]
    [InlineData(IncidentStatus.Restored, IncidentStatus.Cancelled)]
    [InlineData(IncidentStatus.Closed, IncidentStatus.Responding)]
    [InlineData(IncidentStatus.Cancelled, IncidentStatus.Acknowledged)]
    [InlineData(IncidentStatus.Merged, IncidentStatus.Acknowledged)]
    [InlineData(IncidentStatus.Acknowledged, IncidentStatus.Acknowledged)]
    public void IllegalMovesAreRefusedWithAVietnameseReason(IncidentStatus from, IncidentStatus to)
    {
        Assert.False(IncidentWorkflow.CanMove(from, to));
        Assert.StartsWith(IncidentWorkflow.IsFinal(from) ? "Sự cố đã ở trạng thái" : "Không chuyển được", IncidentWorkflow.Refusal(from, to));
        var incident = New();
        incident.Status = from;
        Assert.Throws<InvalidOperationException>(() => IncidentWorkflow.Apply(incident, to, T0));
        Assert.Equal(from, incident.Status);
    }

    [Fact]
    public void OpenIncidentsCanBeCancelledOrMergedButFinishedOnesCannot()
    {
        foreach (var open in new[] { IncidentStatus.Reported, IncidentStatus.Acknowledged, IncidentStatus.Responding })
        {
            Assert.True(IncidentWorkflow.CanMove(open, IncidentStatus.Cancelled));
            Assert.True(IncidentWorkflow.CanMove(open, IncidentStatus.Merged));
        }
        foreach (var final in new[] { IncidentStatus.Closed, IncidentStatus.Cancelled, IncidentStatus.Merged })
            Assert.Empty(IncidentWorkflow.NextOf(final));
    }

    [Fact]
    public void ARestoredIncidentThatDropsAgainGoesBackToRespondingKeepingItsFirstResponseTime()
    {
        var incident = New();
        IncidentWorkflow.Apply(incident, IncidentStatus.Acknowledged, T0);
        IncidentWorkflow.Apply(incident, IncidentStatus.Restored, T0.AddHours(1));
        Assert.Equal(T0.AddHours(1), incident.RespondingAt);
        Assert.Equal(T0.AddHours(1), incident.OutageEnd);
        IncidentWorkflow.Apply(incident, IncidentStatus.Responding, T0.AddHours(2));
        Assert.Equal(T0.AddHours(1), incident.RespondingAt);
        // The service dropped again: the earlier restore no longer ends the outage (metrics count it as not restored).
        Assert.Null(incident.OutageEnd);
        Assert.Null(Incident.OutageEndOf(incident.Status, incident.ServiceRestoredAt, incident.RestoredAt, incident.ClosedAt));
        IncidentWorkflow.Apply(incident, IncidentStatus.Restored, T0.AddHours(3));
        Assert.Equal((T0.AddHours(3), T0.AddHours(3)), (incident.RestoredAt, incident.OutageEnd));
    }

    [Theory]
    [InlineData("06/02/2027 23:40", "2027-02-06T16:40:00Z")]
    [InlineData("2027-02-06T23:40", "2027-02-06T16:40:00Z")]
    [InlineData("2027-02-06T23:40:00+07:00", "2027-02-06T16:40:00Z")]
    [InlineData("2027-02-06T16:40:00Z", "2027-02-06T16:40:00Z")]
    public void StartTimesWithoutAnOffsetAreVietnamTime(string text, string utc)
    {
        Assert.True(IncidentsService.TryParseInstant(text, out var parsed));
        Assert.Equal(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.RoundtripKind), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Fact]
    public void NumbersArePaddedPerYear() => Assert.Equal("SC-2027-0042", Incident.NumberOf(2027, 42));
}
