using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThongSuot.Features.Compliance;

/// <summary>The one JSON shape of a form's field list (camelCase, enums as strings, Vietnamese unescaped).</summary>
public static class ReadinessFieldsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<ReadinessField> Read(string json) =>
        JsonSerializer.Deserialize<List<ReadinessField>>(json, Options) ?? [];

    public static string Write(IEnumerable<ReadinessField> fields) => JsonSerializer.Serialize(fields.ToList(), Options);

    public static IReadOnlyList<ReadinessField> FieldList(this ReadinessForm form) => Read(form.Fields);
}
