using System.Globalization;
using System.Text.Json.Nodes;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>A key site or an area (commune) a repeat field asks one value for.</summary>
public sealed record ReadinessTarget(Guid Id, string Name);

/// <summary>What repeat fields repeat over: the key sites in the campaign's scope and the province's communes.</summary>
public sealed record ReadinessTargets(IReadOnlyList<ReadinessTarget> KeySites, IReadOnlyList<ReadinessTarget> Areas)
{
    public static readonly ReadinessTargets None = new([], []);

    public IReadOnlyList<ReadinessTarget> For(ReadinessFieldRepeat repeat) => repeat switch
    {
        ReadinessFieldRepeat.KeySite => KeySites,
        ReadinessFieldRepeat.Area => Areas,
        _ => [],
    };
}

/// <summary>
/// Checks a readiness form's values as typed (raw strings, keyed by <see cref="InputName"/>) and writes them as the one
/// JSON shape the board reads: {"fieldKey": value}, a number for WholeNumber/Number, true/false for YesNo, a string
/// otherwise; a repeat field is {"targetId": value}; an empty field is absent. Errors are named by field key.
/// </summary>
public static partial class ReadinessValues
{
    public const int DefaultTextLength = 500;
    public const int DefaultLongTextLength = 4000;

    /// <summary>The input name of a field, or of one of its repeat cells: "key" or "key:targetId".</summary>
    public static string InputName(string key, Guid? target = null) => target is { } t ? $"{key}:{t}" : key;

    /// <summary>The normalised JSON, or null when <paramref name="errors"/> has any errors (these or the caller's).</summary>
    public static string? Validate(IReadOnlyList<ReadinessField> fields, IReadOnlyDictionary<string, string?> inputs, ReadinessTargets targets, FieldErrors errors)
    {
        var byKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var name in inputs.Keys)
        {
            var key = name.Split(':', 2)[0];
            if (!byKey.TryGetValue(key, out var field)) { errors.Add(Shorten(key), "Trường này không có trong biểu mẫu."); continue; }
            var hasTarget = name.Length > key.Length;
            if (hasTarget != (field.Repeat != ReadinessFieldRepeat.None)
                || (hasTarget && !(Guid.TryParse(name[(key.Length + 1)..], out var id) && targets.For(field.Repeat).Any(t => t.Id == id))))
                errors.Add(key, field.Repeat == ReadinessFieldRepeat.KeySite ? $"{field.Label}: điểm trọng yếu không thuộc phạm vi chiến dịch."
                    : field.Repeat == ReadinessFieldRepeat.Area ? $"{field.Label}: địa bàn không hợp lệ." : $"{field.Label}: chỉ nhận một giá trị.");
        }

        var result = new JsonObject();
        foreach (var field in fields)
        {
            if (field.Repeat == ReadinessFieldRepeat.None)
            {
                var value = Parse(field, inputs.GetValueOrDefault(field.Key), null, errors);
                if (value is not null) result[field.Key] = value;
                else if (field.Required && string.IsNullOrWhiteSpace(inputs.GetValueOrDefault(field.Key))) errors.Add(field.Key, $"{field.Label} là bắt buộc.");
                continue;
            }
            var cells = new JsonObject();
            var missing = 0;
            foreach (var target in targets.For(field.Repeat))
            {
                var raw = inputs.GetValueOrDefault(InputName(field.Key, target.Id));
                var value = Parse(field, raw, target.Name, errors);
                if (value is not null) cells[target.Id.ToString()] = value;
                else if (string.IsNullOrWhiteSpace(raw)) missing++;
            }
            if (field.Required && missing > 0) errors.Add(field.Key, $"{field.Label}: cần điền cho tất cả {targets.For(field.Repeat).Count} mục ({missing} mục còn trống).");
            if (cells.Count > 0) result[field.Key] = cells;
        }
        return errors.Any ? null : result.ToJsonString(ReadinessFieldsJson.Options);
    }

    /// <summary>Stored values back as inputs, to fill the form for a new version.</summary>
    public static Dictionary<string, string?> ToInputs(string? json)
    {
        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json) || JsonNode.Parse(json) is not JsonObject values) return inputs;
        foreach (var (key, node) in values)
        {
            if (node is JsonObject cells)
                foreach (var (target, cell) in cells) inputs[$"{key}:{target}"] = Text(cell);
            else inputs[key] = Text(node);
        }
        return inputs;
    }

    /// <summary>A JSON value as the form shows it (numbers with the invariant point, yes/no as true/false).</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    private static string Shorten(string key) => key.Length <= 60 ? key : key[..60];
}
