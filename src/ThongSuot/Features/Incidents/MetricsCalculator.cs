namespace ThongSuot.Features.Incidents;

public enum MetricsDimension { Type, Severity, Operator, Area }

/// <summary>One incident as the metrics need it. <see cref="Groups"/> are the keys it counts under (an incident with two operators counts for each).</summary>
public sealed record MetricsIncident(
    int Severity, DateTime CreatedAt, DateTime StartedAt, DateTime? AcknowledgedAt, DateTime? RestoredAt, IReadOnlyList<string> Groups,
    int? SubscribersAffected = null);

/// <summary>Count, mean, median and 90th percentile in minutes over the incidents that have the duration (open ones have none).</summary>
public sealed record DurationStats(int Count, double? Mean, double? Median, double? P90);

public sealed record MetricsGroup(string Key, string Name, int Incidents, int Unacknowledged, int Open, DurationStats Mtta, DurationStats Mttr,
    int AcknowledgeBreaches, int RestoreBreaches, long OutageSize = 0);

/// <summary>
/// MTTA = acknowledged − created (the moment the report reached us, not when the fault began: the operator may report late);
/// MTTR = restored − started (the outage as subscribers felt it: the service times, see <see cref="Incident.OutageEnd"/>);
/// outage size = Σ subscribers affected × outage minutes over the restored incidents that say how many were affected. Durations are in minutes. Incidents not yet acknowledged
/// (or restored) are left out of that mean but counted; a breach is a duration over the severity's SLA minutes, and an
/// incident still waiting past its limit at <c>now</c> is a breach too. Percentiles interpolate linearly between ranks.
/// </summary>
public static class MetricsCalculator
{
    public static IReadOnlyList<MetricsGroup> Calculate(IEnumerable<MetricsIncident> incidents, IReadOnlyDictionary<int, IncidentSeverity> sla,
        Func<string, string> nameOf, DateTime now)
    {
        var byGroup = new Dictionary<string, List<MetricsIncident>>(StringComparer.Ordinal);
        foreach (var incident in incidents)
            foreach (var key in incident.Groups.Distinct(StringComparer.Ordinal))
            {
                if (!byGroup.TryGetValue(key, out var list)) byGroup[key] = list = [];
                list.Add(incident);
            }
        return byGroup.Select(g => Group(g.Key, nameOf(g.Key), g.Value, sla, now)).ToList();
    }

    public static MetricsGroup Group(string key, string name, IReadOnlyCollection<MetricsIncident> incidents, IReadOnlyDictionary<int, IncidentSeverity> sla, DateTime now)
    {
        var ack = new List<double>();
        var restore = new List<double>();
        int ackBreaches = 0, restoreBreaches = 0;
        long outageSize = 0;
        foreach (var i in incidents)
        {
            var limits = sla.GetValueOrDefault(i.Severity);
            if (i.AcknowledgedAt is { } a) ack.Add(Minutes(i.CreatedAt, a));
            if (i.RestoredAt is { } r)
            {
                restore.Add(Minutes(i.StartedAt, r));
                outageSize += Incident.OutageSizeOf(i.SubscribersAffected, Minutes(i.StartedAt, r)) ?? 0;
            }
            if (limits is null) continue;
            if (Minutes(i.CreatedAt, i.AcknowledgedAt ?? now) > limits.AcknowledgeMinutes) ackBreaches++;
            if (Minutes(i.StartedAt, i.RestoredAt ?? now) > limits.RestoreMinutes) restoreBreaches++;
        }
        return new MetricsGroup(key, name, incidents.Count, incidents.Count(i => i.AcknowledgedAt is null), incidents.Count(i => i.RestoredAt is null),
            Stats(ack), Stats(restore), ackBreaches, restoreBreaches, outageSize);
    }

    public static DurationStats Stats(List<double> minutes)
    {
        if (minutes.Count == 0) return new DurationStats(0, null, null, null);
        minutes.Sort();
        return new DurationStats(minutes.Count, Math.Round(minutes.Average(), 1), Math.Round(Percentile(minutes, 0.5), 1), Math.Round(Percentile(minutes, 0.9), 1));
    }

    /// <summary>Linear interpolation between closest ranks of a sorted list (the spreadsheet PERCENTILE.INC).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    // A restore stamped before the reported start (a typo in the start time) counts as zero, not negative.
    private static double Minutes(DateTime from, DateTime to) => Math.Max(0, (to - from).TotalMinutes);
}
