using System.Globalization;

namespace ThongSuot.Features.KeySites;

/// <summary>Display names of <see cref="KeySiteKind"/>; the API and JSON keep the enum names.</summary>
public static class KeySiteKindNames
{
    public static string Vietnamese(this KeySiteKind kind) => kind switch
    {
        KeySiteKind.FestivalSite => "Điểm tổ chức lễ hội",
        KeySiteKind.RelicScenicSite => "Di tích, danh lam thắng cảnh",
        KeySiteKind.FireworksSite => "Điểm bắn pháo hoa",
        KeySiteKind.BorderArea => "Khu vực biên giới, biển đảo",
        KeySiteKind.BorderGate => "Cửa khẩu",
        KeySiteKind.PartyStateHq => "Trụ sở cơ quan Đảng, Nhà nước",
        KeySiteKind.CrowdedPlace => "Nơi tập trung đông người",
        _ => "Khác",
    };

    public static string English(this KeySiteKind kind) => kind switch
    {
        KeySiteKind.FestivalSite => "Festival site",
        KeySiteKind.RelicScenicSite => "Relic or scenic site",
        KeySiteKind.FireworksSite => "Fireworks site",
        KeySiteKind.BorderArea => "Border or island area",
        KeySiteKind.BorderGate => "Border gate",
        KeySiteKind.PartyStateHq => "Party or State headquarters",
        KeySiteKind.CrowdedPlace => "Crowded place",
        _ => "Other",
    };

    /// <summary>The name in the current UI language (Vietnamese unless English was chosen).</summary>
    public static string DisplayName(this KeySiteKind kind) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? kind.English() : kind.Vietnamese();

    /// <summary>Parses an enum name exactly as the API documents it (case-insensitive); numbers and unknown names are refused.</summary>
    public static bool TryParse(string? value, out KeySiteKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var name = Enum.GetNames<KeySiteKind>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out kind);
    }
}
