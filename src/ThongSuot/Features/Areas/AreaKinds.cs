using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>Kinds by level, and the words people type for a kind in a CSV file or a form.</summary>
public static class AreaKinds
{
    public static readonly AreaKind[] All = Enum.GetValues<AreaKind>();

    /// <summary>Kinds that the 2025 reform abolished: districts and their towns.</summary>
    public static bool IsPreReformOnly(this AreaKind kind) =>
        kind.Level() == AreaLevel.District || kind == AreaKind.Township;

    /// <summary>Kinds that exist only from 1 July 2025.</summary>
    public static bool IsPostReformOnly(this AreaKind kind) => kind == AreaKind.SpecialZone;

    public static AreaKind[] OfLevel(AreaLevel level) => All.Where(k => k.Level() == level).ToArray();

    /// <summary>A label that tells apart the two "Thành phố" kinds.</summary>
    public static string Label(this AreaKind kind) => kind switch
    {
        AreaKind.CentralCity => "Thành phố trực thuộc trung ương",
        AreaKind.ProvincialCity => "Thành phố thuộc tỉnh",
        _ => kind.VietnameseName(),
    };

    public static string LevelLabel(this AreaLevel level) => level switch
    {
        AreaLevel.Province => "Cấp tỉnh",
        AreaLevel.District => "Cấp huyện (trước 01/07/2025)",
        _ => "Cấp xã",
    };

    // Keys are TextSearch-normalised: case and diacritics do not matter ("Xa", "xã", "XÃ").
    private static readonly Dictionary<string, AreaKind> Words = new()
    {
        ["tinh"] = AreaKind.Province,
        ["thanh pho truc thuoc trung uong"] = AreaKind.CentralCity,
        ["xa"] = AreaKind.Commune,
        ["phuong"] = AreaKind.Ward,
        ["dac khu"] = AreaKind.SpecialZone,
        ["huyen"] = AreaKind.District,
        ["quan"] = AreaKind.UrbanDistrict,
        ["thi xa"] = AreaKind.Town,
        ["thanh pho"] = AreaKind.ProvincialCity,
        ["thanh pho thuoc tinh"] = AreaKind.ProvincialCity,
        ["thi tran"] = AreaKind.Township,
    };

    /// <summary>Reads "xã", "Phường", "đặc khu", "thành phố" (a provincial city) or an enum name such as "Ward".</summary>
    public static AreaKind? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Words.TryGetValue(TextSearch.Normalize(text), out var kind)) return kind;
        return Enum.TryParse<AreaKind>(text.Trim(), ignoreCase: true, out var named) && Enum.IsDefined(named) && !char.IsDigit(text.Trim()[0])
            ? named : null;
    }

    /// <summary>The accepted words, for error messages and the import page.</summary>
    public const string AcceptedWords = "xã, phường, đặc khu, huyện, quận, thị xã, thành phố, thị trấn";
}
