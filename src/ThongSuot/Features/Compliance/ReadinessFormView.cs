namespace ThongSuot.Features.Compliance;

/// <summary>What _ReadinessFields.cshtml renders: the form's fields, the repeat targets, the inputs as typed and their errors.</summary>
public sealed record ReadinessFormView(
    IReadOnlyList<ReadinessField> Fields, ReadinessTargets Targets, IReadOnlyDictionary<string, string?> Inputs,
    IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Form inputs are named "v.key" or "v.key:targetId", so they never clash with the page's other fields.</summary>
    public const string Prefix = "v.";

    public static string Name(string key, Guid? target = null) => Prefix + ReadinessValues.InputName(key, target);

    /// <summary>A safe element id for a field or cell (keys come from data).</summary>
    public static string Id(string key, Guid? target = null) =>
        "rf-" + string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + (target is { } t ? "-" + t.ToString("N") : "");

    public string? Value(string key, Guid? target = null) => Inputs.GetValueOrDefault(ReadinessValues.InputName(key, target));
}
