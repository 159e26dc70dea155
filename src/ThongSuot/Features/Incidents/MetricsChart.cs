namespace ThongSuot.Features.Incidents;

/// <summary>What _MetricsChart draws: one bar per group (no value = no finished incident, drawn as "–").</summary>
public sealed record MetricsChart(string Id, string Title, string Color, IReadOnlyList<(string Label, double? Value)> Bars);
