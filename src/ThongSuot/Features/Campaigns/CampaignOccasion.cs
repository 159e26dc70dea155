namespace ThongSuot.Features.Campaigns;

public enum CampaignOccasion
{
    NewYear,          // Tết Dương lịch
    LunarNewYear,     // Tết Nguyên đán
    HungKings,        // Giỗ Tổ Hùng Vương (10/3 âm lịch)
    ReunificationDay, // 30/4 và 1/5
    NationalDay,      // Quốc khánh 2/9
    PartyCongress,    // Đại hội Đảng
    Election,         // bầu cử
    Custom,
}

public static class CampaignOccasions
{
    public const int MinYear = 1901;
    public const int MaxYear = 2099;

    public static string Vietnamese(this CampaignOccasion occasion) => occasion switch
    {
        CampaignOccasion.NewYear => "Tết Dương lịch",
        CampaignOccasion.LunarNewYear => "Tết Nguyên đán",
        CampaignOccasion.HungKings => "Giỗ Tổ Hùng Vương",
        CampaignOccasion.ReunificationDay => "Lễ 30/4 và 1/5",
        CampaignOccasion.NationalDay => "Quốc khánh 2/9",
        CampaignOccasion.PartyCongress => "Đại hội Đảng",
        CampaignOccasion.Election => "Bầu cử",
        _ => "Dịp khác",
    };

    /// <summary>Congresses, elections and custom occasions are named by the user; there may be several in a year.</summary>
    public static bool NeedsTitle(this CampaignOccasion occasion) =>
        occasion is CampaignOccasion.PartyCongress or CampaignOccasion.Election or CampaignOccasion.Custom;

    /// <summary>Dates that directives quote in the lunar calendar as well.</summary>
    public static bool IsLunar(this CampaignOccasion occasion) =>
        occasion is CampaignOccasion.LunarNewYear or CampaignOccasion.HungKings;

    /// <summary>Parses the enum name only (not numbers), case-insensitively.</summary>
    public static bool TryParse(string? text, out CampaignOccasion occasion)
    {
        occasion = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsDigit(text.Trim()[0]) && !text.Contains(',')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out occasion) && Enum.IsDefined(occasion);
    }

    public static bool TryParseStatus(string? text, out CampaignStatus status)
    {
        status = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsDigit(text.Trim()[0]) && !text.Contains(',')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);
    }

    public static string Vietnamese(this CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "Dự thảo",
        CampaignStatus.Active => "Đang triển khai",
        _ => "Đã kết thúc",
    };
}
