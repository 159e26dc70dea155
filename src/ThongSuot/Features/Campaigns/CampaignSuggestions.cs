using ThongSuot.Calendar;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>
/// The name, phases and peak windows a campaign starts from; every value is a suggestion the user may edit.
/// Rules (dates are local Vietnamese days; peak hours are UTC+7, stored in UTC):
/// <list type="bullet">
/// <item>Tết Nguyên đán (lunar year Y): before = the 15 days before 23 tháng Chạp (ông Công ông Táo, when the
/// holiday traffic starts); during = 23 tháng Chạp to mùng 6 tháng Giêng (the state holiday plus the return trips);
/// after = mùng 7 to Rằm tháng Giêng (festivals of the first month). Peaks: the giao thừa night, 21:00 on the last
/// day of month 12 to 02:00 on mùng 1, and the fireworks, 23:45 to 00:20.</item>
/// <item>Tết Dương lịch (year Y, i.e. 1/1/Y): before = 24–30/12 of Y−1; during = 31/12 of Y−1 to 2/1; after = 3–5/1.
/// Peaks: the New Year's Eve night 21:00–02:00 and the countdown fireworks 23:45–00:20.</item>
/// <item>Giỗ Tổ Hùng Vương (10/3 âm lịch): before = the week ending two days before; during = the day ± 1;
/// after = the two following days.</item>
/// <item>30/4–1/5: before = 22–28/4; during = 29/4–3/5 (the joined state holiday and its weekend); after = 4–5/5.</item>
/// <item>Quốc khánh 2/9: before = 25–30/8; during = 31/8–3/9; after = 4–5/9.</item>
/// <item>Party congress, election, custom: no dates can be known; the user enters them.</item>
/// </list>
/// </summary>
public static class CampaignSuggestions
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static CampaignPlan For(CampaignOccasion occasion, int year, string? title = null)
    {
        var name = Name(occasion, year, title);
        return occasion switch
        {
            CampaignOccasion.LunarNewYear => LunarNewYear(year, name),
            CampaignOccasion.NewYear => NewYear(year, name),
            CampaignOccasion.HungKings => HungKings(year, name),
            CampaignOccasion.ReunificationDay => Plan(name,
                new(year, 4, 22), new(year, 4, 28), new(year, 4, 29), new(year, 5, 3), new(year, 5, 4), new(year, 5, 5)),
            CampaignOccasion.NationalDay => Plan(name,
                new(year, 8, 25), new(year, 8, 30), new(year, 8, 31), new(year, 9, 3), new(year, 9, 4), new(year, 9, 5)),
            _ => new CampaignPlan(name, null, null, null, []),
        };
    }

    /// <summary>"Tết Nguyên đán Đinh Mùi 2027", "Giỗ Tổ Hùng Vương 2027", "Đại hội Đảng bộ tỉnh lần thứ XVIII năm 2027".</summary>
    public static string Name(CampaignOccasion occasion, int year, string? title = null) => occasion switch
    {
        CampaignOccasion.LunarNewYear => $"Tết Nguyên đán {CanChi.Year(year)} {year}",
        CampaignOccasion.NewYear => $"Tết Dương lịch {year}",
        CampaignOccasion.HungKings => $"Giỗ Tổ Hùng Vương {year}",
        CampaignOccasion.ReunificationDay => $"Lễ 30/4 và 1/5 năm {year}",
        CampaignOccasion.NationalDay => $"Quốc khánh 2/9 năm {year}",
        _ when string.IsNullOrWhiteSpace(title) => "",
        _ when title.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) => title.Trim(),
        _ => $"{title.Trim()} năm {year}",
    };

    private static CampaignPlan LunarNewYear(int year, string name)
    {
        var tet = LunarCalendar.Tet(year);
        var kitchenGods = LunarCalendar.ToGregorian(new LunarDate(year - 1, 12, 23));
        var sixth = LunarCalendar.ToGregorian(new LunarDate(year, 1, 6));
        var fullMoon = LunarCalendar.ToGregorian(new LunarDate(year, 1, 15));
        var eve = tet.AddDays(-1); // the last day of tháng Chạp, whether it has 29 or 30 days
        return new CampaignPlan(name,
            new(kitchenGods.AddDays(-15), kitchenGods.AddDays(-1)),
            new(kitchenGods, sixth),
            new(sixth.AddDays(1), fullMoon),
            [Night("Đêm giao thừa", eve), Fireworks("Bắn pháo hoa đón giao thừa", eve)]);
    }

    private static CampaignPlan NewYear(int year, string name)
    {
        var eve = new DateOnly(year - 1, 12, 31);
        return new CampaignPlan(name,
            new(new(year - 1, 12, 24), new(year - 1, 12, 30)),
            new(eve, new(year, 1, 2)),
            new(new(year, 1, 3), new(year, 1, 5)),
            [Night("Đêm chào năm mới", eve), Fireworks("Bắn pháo hoa chào năm mới", eve)]);
    }

    private static CampaignPlan HungKings(int year, string name)
    {
        var day = LunarCalendar.ToGregorian(new LunarDate(year, 3, 10));
        return Plan(name, day.AddDays(-8), day.AddDays(-2), day.AddDays(-1), day.AddDays(1), day.AddDays(2), day.AddDays(3));
    }

    private static CampaignPlan Plan(string name, DateOnly b1, DateOnly b2, DateOnly d1, DateOnly d2, DateOnly a1, DateOnly a2) =>
        new(name, new(b1, b2), new(d1, d2), new(a1, a2), []);

    private static PeakWindow Night(string label, DateOnly eve) =>
        new(label, Utc(eve, new TimeOnly(21, 0)), Utc(eve.AddDays(1), new TimeOnly(2, 0)));

    private static PeakWindow Fireworks(string label, DateOnly eve) =>
        new(label, Utc(eve, new TimeOnly(23, 45)), Utc(eve.AddDays(1), new TimeOnly(0, 20)));

    /// <summary>A Vietnamese wall-clock time as the UTC instant it is (UTC+7, no daylight saving).</summary>
    public static DateTime Utc(DateOnly day, TimeOnly time) =>
        DateTime.SpecifyKind(day.ToDateTime(time) - VietnamOffset, DateTimeKind.Utc);

    /// <summary>The UTC instant a Vietnamese day starts.</summary>
    public static DateTime StartOf(DateOnly day) => Utc(day, TimeOnly.MinValue);
}

/// <summary>A phase of a campaign: local dates, both inclusive.</summary>
public sealed record Phase(DateOnly? Start, DateOnly? End)
{
    public bool IsSet => Start is not null && End is not null;
}

/// <summary>A peak window in UTC.</summary>
public sealed record PeakWindow(string Name, DateTime StartsAt, DateTime EndsAt);

/// <summary>A suggested (or entered) name, phases and peaks.</summary>
public sealed record CampaignPlan(string Name, Phase? Before, Phase? During, Phase? After, IReadOnlyList<PeakWindow> Peaks);
