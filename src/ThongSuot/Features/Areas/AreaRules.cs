using System.Globalization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>A unit that passed validation, ready to be written.</summary>
internal sealed record ValidArea(string Code, string Name, AreaKind Kind, Area? Province, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>
/// The rules one unit must meet, shared by the form, the API and the CSV import. Field names are the API's
/// (code, name, kind, provinceCode, validFrom, validTo); the import renames them to its columns.
/// </summary>
internal static class AreaRules
{
    public static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryParseDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    /// <param name="provinces">Every province-level row, current and historical.</param>
    public static ValidArea? Check(AreaInput input, IReadOnlyList<Area> provinces, FieldErrors errors)
    {
        var kind = AreaKinds.Parse(input.Kind);
        if (string.IsNullOrWhiteSpace(input.Kind)) errors.Add("kind", "Loại đơn vị là bắt buộc.");
        else if (kind is null) errors.Add("kind", $"Loại đơn vị \"{Clip(input.Kind)}\" không hợp lệ; dùng một trong: {AreaKinds.AcceptedWords}.");

        var code = errors.Text("code", input.Code, 10, required: true, "Mã");
        if (code is not null && kind is { } k && !IsCodeFor(code, k.Level()))
            errors.Add("code", $"Mã đơn vị {k.Level().LevelLabel().ToLowerInvariant()} gồm {CodeLength(k.Level())} chữ số.");
        else if (code is not null && !code.All(char.IsAsciiDigit))
            errors.Add("code", "Mã chỉ gồm chữ số.");

        var name = errors.Text("name", StripKindWord(input.Name, kind), 200, required: true, "Tên");

        var preReform = kind?.IsPreReformOnly() == true;
        var from = input.ValidFrom ?? (preReform ? ProvinceTable.Historical : Area.Reform2025);
        var to = input.ValidTo ?? (preReform ? Area.Reform2025 : null);
        if (to is { } end && end <= from) errors.Add("validTo", "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.");
        else if (preReform && (to is null || to > Area.Reform2025))
            errors.Add("validTo", "Cấp huyện và thị trấn không còn từ 01/07/2025; ngày hết hiệu lực phải không muộn hơn 01/07/2025.");
        if (kind?.IsPostReformOnly() == true && from < Area.Reform2025)
            errors.Add("validFrom", "Đặc khu chỉ có từ 01/07/2025.");

        Area? province = null;
        if (kind is { } unitKind && unitKind.Level() != AreaLevel.Province)
        {
            var provinceCode = input.ProvinceCode?.Trim();
            if (string.IsNullOrEmpty(provinceCode)) errors.Add("provinceCode", "Mã tỉnh, thành phố là bắt buộc.");
            else
            {
                province = provinces.FirstOrDefault(p => p.Code == provinceCode && p.IsValidOn(from));
                if (province is null)
                    errors.Add("provinceCode", $"Không có tỉnh, thành phố mã \"{Clip(provinceCode)}\" còn hiệu lực vào ngày {Day(from)}.");
                else if (province.ValidTo is { } provinceEnd && (to is null || to > provinceEnd))
                    errors.Add("validTo", $"{province.Kind.VietnameseName()} {province.Name} hết hiệu lực từ {Day(provinceEnd)}; đơn vị trực thuộc cần ngày hết hiệu lực không muộn hơn.");
            }
        }
        return errors.Any ? null : new ValidArea(code!, name!, kind!.Value, province, from, to);
    }

    private static bool IsCodeFor(string code, AreaLevel level) => code.Length == CodeLength(level) && code.All(char.IsAsciiDigit);

    private static int CodeLength(AreaLevel level) => level switch
    {
        AreaLevel.Province => 2,
        AreaLevel.District => 3,
        _ => 5,
    };

    /// <summary>Official lists write "Phường Đồng Hới"; the kind is stored apart, so the name keeps "Đồng Hới".</summary>
    private static string? StripKindWord(string? name, AreaKind? kind)
    {
        if (name is null || kind is null) return name;
        var trimmed = name.Trim();
        var word = kind.Value.VietnameseName();
        return trimmed.Length > word.Length + 1 && trimmed.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase)
            ? trimmed[(word.Length + 1)..] : trimmed;
    }

    /// <summary>dd/MM/yyyy whatever the process culture (a CLI run under de-DE would write dots).</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Echoes user input in a message without letting a huge value flood the report.</summary>
    public static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
