using System.Globalization;
using System.Text.Json.Nodes;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

public static partial class ReadinessValues
{
    /// <summary>One cell: null when empty or wrong (the error is added under the field key).</summary>
    private static JsonNode? Parse(ReadinessField field, string? raw, string? target, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        var label = target is null ? field.Label : $"{field.Label} ({target})";
        switch (field.Type)
        {
            case ReadinessFieldType.WholeNumber:
                if (text.Length > 18 || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                    return Fail(errors, field, $"{label} phải là số nguyên.");
                return InRange(field, whole, label, errors) ? JsonValue.Create(whole) : null;
            case ReadinessFieldType.Number:
                // vi-VN users type a decimal comma; a point is accepted as well. No thousands separators.
                var normalised = text.Replace(',', '.');
                if (normalised.Length > 30 || normalised.Count(c => c == '.') > 1
                    || !decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return Fail(errors, field, $"{label} phải là số (ví dụ 12 hoặc 1,5).");
                return InRange(field, number, label, errors) ? JsonValue.Create(number) : null;
            case ReadinessFieldType.YesNo:
                return text.ToLowerInvariant() switch
                {
                    "true" or "có" or "yes" or "1" or "on" => JsonValue.Create(true),
                    "false" or "không" or "no" or "0" or "off" => JsonValue.Create(false),
                    _ => Fail(errors, field, $"{label}: chọn Có hoặc Không."),
                };
            case ReadinessFieldType.Choice:
                var options = field.Options ?? [];
                return options.Contains(text, StringComparer.Ordinal) ? JsonValue.Create(text)
                    : Fail(errors, field, $"{label}: chọn một trong các giá trị {string.Join(", ", options)}.");
            case ReadinessFieldType.Phone:
                var phone = PhoneNumberParser.Parse(text);
                return phone.Display is { } display ? JsonValue.Create(display)
                    : Fail(errors, field, $"{label} — {PhoneNumberParser.Message(phone.Problem!.Value)}");
            default:
                var max = field.MaxLength ?? (field.Type == ReadinessFieldType.LongText ? DefaultLongTextLength : DefaultTextLength);
                if (field.Type == ReadinessFieldType.Text) text = text.ReplaceLineEndings(" ");
                return text.Length <= max ? JsonValue.Create(text) : Fail(errors, field, $"{label} dài tối đa {max} ký tự.");
        }
    }

    private static bool InRange(ReadinessField field, decimal value, string label, FieldErrors errors)
    {
        if (field.Min is { } min && value < min) { errors.Add(field.Key, $"{label} không được nhỏ hơn {min.ToString(CultureInfo.InvariantCulture)}."); return false; }
        if (field.Max is { } max && value > max) { errors.Add(field.Key, $"{label} không được lớn hơn {max.ToString(CultureInfo.InvariantCulture)}."); return false; }
        return true;
    }

    private static JsonNode? Fail(FieldErrors errors, ReadinessField field, string message)
    {
        errors.Add(field.Key, message);
        return null;
    }
}
