using System.Text.RegularExpressions;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>Checks a form definition; field errors are named as the API client sends them ("fields[1].key").</summary>
public static partial class ReadinessFormRules
{
    public const int MaxFields = 100;
    public const int MaxOptions = 50;
    private const decimal Limit = 1_000_000_000_000m;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    public static partial Regex KeyPattern();

    /// <param name="used">Keys that reports already hold values for, with the field as it was when they were filled in.</param>
    public static (ReadinessForm Values, List<ReadinessField> Fields) Check(ReadinessFormRequest r, IReadOnlyDictionary<string, ReadinessField> used, FieldErrors errors)
    {
        var code = errors.Text("code", r.Code, 40, true, "Mã biểu mẫu");
        if (code is not null && !KeyPattern().IsMatch(code)) errors.Add("code", "Mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.");
        var name = errors.Text("name", r.Name, 200, true, "Tên biểu mẫu");
        var description = errors.Text("description", r.Description, 2000, false, "Mô tả");
        var kinds = new List<OrganizationKind>();
        foreach (var k in r.OrganizationKinds ?? [])
        {
            if (Named<OrganizationKind>(k) is { } kind) { if (!kinds.Contains(kind)) kinds.Add(kind); }
            else errors.Add("organizationKinds", "Loại tổ chức không hợp lệ.");
        }
        if (kinds.Count == 0 && r.OrganizationKinds?.Count is null or 0) errors.Add("organizationKinds", "Chọn ít nhất một loại tổ chức điền biểu mẫu.");

        var fields = new List<ReadinessField>();
        var requests = r.Fields ?? [];
        if (requests.Count == 0) errors.Add("fields", "Biểu mẫu cần ít nhất một trường.");
        if (requests.Count > MaxFields) errors.Add("fields", $"Biểu mẫu có tối đa {MaxFields} trường.");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(requests.Count, MaxFields); i++)
            if (Field(requests[i], $"fields[{i}]", keys, used, errors) is { } field) fields.Add(field);
        foreach (var (key, _) in used.Where(u => !keys.Contains(u.Key)))
            errors.Add("fields", $"Không xóa được trường \"{key}\": đã có báo cáo nộp giá trị cho trường này.");
        if (!errors.Any && ReadinessFieldsJson.Write(fields).Length > 50000) errors.Add("fields", "Danh sách trường quá dài.");

        return (new ReadinessForm { Code = code ?? "", Name = name ?? "", Description = description, OrganizationKinds = string.Join(',', kinds), IsActive = r.IsActive }, fields);
    }

    private static ReadinessField? Field(ReadinessFieldRequest? f, string at, HashSet<string> keys, IReadOnlyDictionary<string, ReadinessField> used, FieldErrors errors)
    {
        if (f is null) { errors.Add(at, "Trường không được để trống."); return null; }
        var before = errors.ToDictionary().Count;
        var key = errors.Text($"{at}.key", f.Key, 40, true, "Mã trường");
        if (key is not null && !KeyPattern().IsMatch(key)) errors.Add($"{at}.key", "Mã trường chỉ gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).");
        else if (key is not null && !keys.Add(key)) errors.Add($"{at}.key", $"Mã trường \"{key}\" bị trùng.");
        var label = errors.Text($"{at}.label", f.Label, 200, true, "Tên trường");
        var type = Named<ReadinessFieldType>(f.Type);
        if (type is null) errors.Add($"{at}.type", "Chọn kiểu dữ liệu hợp lệ.");
        var repeat = string.IsNullOrWhiteSpace(f.Repeat) ? ReadinessFieldRepeat.None : Named<ReadinessFieldRepeat>(f.Repeat);
        if (repeat is null) errors.Add($"{at}.repeat", "Cách lặp không hợp lệ.");
        var unit = errors.Text($"{at}.unit", f.Unit, 30, false, "Đơn vị");
        var help = errors.Text($"{at}.help", f.Help, 500, false, "Hướng dẫn");
        var number = type is ReadinessFieldType.WholeNumber or ReadinessFieldType.Number;
        if (f.Min is { } min && (min < -Limit || min > Limit)) errors.Add($"{at}.min", "Giá trị nhỏ nhất quá lớn.");
        if (f.Max is { } max && (max < -Limit || max > Limit)) errors.Add($"{at}.max", "Giá trị lớn nhất quá lớn.");
        if (f.Min is { } lo && f.Max is { } hi && lo > hi) errors.Add($"{at}.max", "Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.");
        if ((f.Min is not null || f.Max is not null) && type is not null && !number) errors.Add($"{at}.min", "Chỉ trường số mới có giá trị nhỏ nhất, lớn nhất.");
        if (f.MaxLength is < 1 or > ComplianceReportConfiguration.MaxText) errors.Add($"{at}.maxLength", $"Độ dài tối đa từ 1 đến {ComplianceReportConfiguration.MaxText} ký tự.");
        if (f.Summable && type is not null && !number) errors.Add($"{at}.summable", "Chỉ trường số mới cộng dồn được.");
        var options = (f.Options ?? []).Select(o => o?.Trim()).Where(o => !string.IsNullOrEmpty(o)).Select(o => o!).ToList();
        if (type == ReadinessFieldType.Choice)
        {
            if (options.Count == 0) errors.Add($"{at}.options", "Kiểu lựa chọn cần ít nhất một phương án.");
            else if (options.Count > MaxOptions) errors.Add($"{at}.options", $"Tối đa {MaxOptions} phương án.");
            else if (options.Any(o => o.Length > 200)) errors.Add($"{at}.options", "Mỗi phương án dài tối đa 200 ký tự.");
            else if (options.Distinct(StringComparer.Ordinal).Count() != options.Count) errors.Add($"{at}.options", "Các phương án không được trùng nhau.");
        }
        if (key is not null && used.TryGetValue(key, out var old) && (type is not null && type != old.Type || repeat is not null && repeat != old.Repeat))
            errors.Add($"{at}.type", $"Không đổi được kiểu hoặc cách lặp của trường \"{key}\": đã có báo cáo nộp giá trị cho trường này.");
        if (errors.ToDictionary().Count != before || key is null || label is null || type is null || repeat is null) return null;
        return new ReadinessField(key, label, type.Value, unit, f.Required, number ? f.Min : null, number ? f.Max : null,
            number ? null : f.MaxLength, help, f.Summable, repeat.Value, type == ReadinessFieldType.Choice ? options : null);
    }

    /// <summary>An enum value by its name only: numbers ("7") are not names a client should send.</summary>
    private static T? Named<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !char.IsAsciiDigit(text.Trim()[0]) && text.Trim()[0] != '-' && Enum.TryParse<T>(text.Trim(), true, out var v) && Enum.IsDefined(v) ? v : null;
}
