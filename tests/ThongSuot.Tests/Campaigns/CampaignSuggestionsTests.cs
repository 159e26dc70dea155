using ThongSuot.Calendar;
using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;

namespace ThongSuot.Tests.Campaigns;

/// <summary>Names, phases and peaks computed from the calendar, without a host.</summary>
public sealed class CampaignSuggestionsTests
{
    [Theory]
    [InlineData(CampaignOccasion.LunarNewYear, 2024, null, "Tết Nguyên đán Giáp Thìn 2024")]
    [InlineData(CampaignOccasion.LunarNewYear, 2027, null, "Tết Nguyên đán Đinh Mùi 2027")]
    [InlineData(CampaignOccasion.LunarNewYear, 2020, null, "Tết Nguyên đán Canh Tý 2020")]
    [InlineData(CampaignOccasion.NewYear, 2027, null, "Tết Dương lịch 2027")]
    [InlineData(CampaignOccasion.HungKings, 2027, null, "Giỗ Tổ Hùng Vương 2027")]
    [InlineData(CampaignOccasion.ReunificationDay, 2027, null, "Lễ 30/4 và 1/5 năm 2027")]
    [InlineData(CampaignOccasion.NationalDay, 2027, null, "Quốc khánh 2/9 năm 2027")]
    [InlineData(CampaignOccasion.PartyCongress, 2025, "Đại hội Đảng bộ tỉnh lần thứ XVIII", "Đại hội Đảng bộ tỉnh lần thứ XVIII năm 2025")]
    [InlineData(CampaignOccasion.Election, 2026, "Bầu cử đại biểu Quốc hội khóa XVI", "Bầu cử đại biểu Quốc hội khóa XVI năm 2026")]
    [InlineData(CampaignOccasion.Custom, 2027, "  Lễ hội Hang động 2027 ", "Lễ hội Hang động 2027")]
    [InlineData(CampaignOccasion.Custom, 2027, null, "")]
    public void NameIsComputedForEachOccasion(CampaignOccasion occasion, int year, string? title, string expected) =>
        Assert.Equal(expected, CampaignSuggestions.Name(occasion, year, title));

    [Fact]
    public void TetNguyenDan2027PhasesFollowTheLunarCalendar()
    {
        Assert.Equal(new DateOnly(2027, 2, 6), LunarCalendar.Tet(2027));
        Assert.Equal(new DateOnly(2027, 1, 30), LunarCalendar.ToGregorian(new LunarDate(2026, 12, 23)));

        var plan = CampaignSuggestions.For(CampaignOccasion.LunarNewYear, 2027);

        Assert.Equal(new Phase(new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 29)), plan.Before);
        Assert.Equal(new Phase(new DateOnly(2027, 1, 30), new DateOnly(2027, 2, 11)), plan.During);
        Assert.Equal(new Phase(new DateOnly(2027, 2, 12), new DateOnly(2027, 2, 20)), plan.After);
        Assert.Equal(new LunarDate(2027, 1, 6), LunarCalendar.FromGregorian(plan.During!.End!.Value));
        Assert.Equal(new LunarDate(2027, 1, 15), LunarCalendar.FromGregorian(plan.After!.End!.Value));
    }

    [Fact]
    public void TetPeaksAreTheGiaoThuaNightAndFireworksInUtc()
    {
        var peaks = CampaignSuggestions.For(CampaignOccasion.LunarNewYear, 2027).Peaks;

        Assert.Equal(2, peaks.Count);
        // 21:00 on 5/2/2027 (30 tháng Chạp) in UTC+7 to 02:00 on mùng 1.
        Assert.Equal(new DateTime(2027, 2, 5, 14, 0, 0, DateTimeKind.Utc), peaks[0].StartsAt);
        Assert.Equal(new DateTime(2027, 2, 5, 19, 0, 0, DateTimeKind.Utc), peaks[0].EndsAt);
        Assert.Equal(DateTimeKind.Utc, peaks[0].StartsAt.Kind);
        Assert.Equal(new DateTime(2027, 2, 5, 16, 45, 0, DateTimeKind.Utc), peaks[1].StartsAt);
        Assert.Equal(new DateTime(2027, 2, 5, 17, 20, 0, DateTimeKind.Utc), peaks[1].EndsAt);
        Assert.Equal("05/02/2027 23:45", TimeDisplay.Format(peaks[1].StartsAt));
    }

    [Fact]
    public void GioToIsTheTenthOfTheThirdLunarMonthPlusOrMinusOneDay()
    {
        var plan = CampaignSuggestions.For(CampaignOccasion.HungKings, 2027);
        var day = LunarCalendar.ToGregorian(new LunarDate(2027, 3, 10));
        Assert.Equal(new Phase(day.AddDays(-1), day.AddDays(1)), plan.During);
        Assert.True(plan.Before!.End < plan.During!.Start && plan.During.End < plan.After!.Start);
        Assert.Empty(plan.Peaks);
    }

    [Fact]
    public void FixedHolidaysHaveSensiblePhasesAndTitledOnesNone()
    {
        var newYear = CampaignSuggestions.For(CampaignOccasion.NewYear, 2027);
        Assert.Equal(new Phase(new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 2)), newYear.During);
        Assert.Equal(new DateTime(2026, 12, 31, 16, 45, 0, DateTimeKind.Utc), newYear.Peaks[1].StartsAt);
        Assert.Equal(new Phase(new DateOnly(2027, 4, 29), new DateOnly(2027, 5, 3)), CampaignSuggestions.For(CampaignOccasion.ReunificationDay, 2027).During);
        Assert.Equal(new Phase(new DateOnly(2027, 8, 31), new DateOnly(2027, 9, 3)), CampaignSuggestions.For(CampaignOccasion.NationalDay, 2027).During);
        var custom = CampaignSuggestions.For(CampaignOccasion.Custom, 2027, "Lễ hội");
        Assert.Null(custom.During);
        Assert.Empty(custom.Peaks);
    }

    [Theory]
    [InlineData(1901)]
    [InlineData(2099)]
    public void EveryOccasionIsSuggestedAtTheEdgesOfTheSupportedYears(int year)
    {
        foreach (var occasion in Enum.GetValues<CampaignOccasion>())
        {
            var plan = CampaignSuggestions.For(occasion, year, "Dịp thử");
            var errors = new FieldErrors();
            var request = new CampaignRequest(occasion.ToString(), year, "Dịp thử", null,
                Req(plan.Before), Req(plan.During), Req(plan.After), plan.Peaks.Select(p => new PeakRequest(p.Name, p.StartsAt, p.EndsAt)).ToList(), null);
            Assert.NotNull(CampaignRules.Validate(request, errors));
            Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        }
    }

    [Fact]
    public void RulesRefuseEndBeforeStartOverlapsAndMissingDates()
    {
        var errors = new FieldErrors();
        var request = new CampaignRequest("LunarNewYear", 2030, null, null,
            new PhaseRequest(new DateOnly(2030, 1, 20), new DateOnly(2030, 1, 10)),
            new PhaseRequest(new DateOnly(2030, 1, 25), new DateOnly(2030, 2, 10)),
            new PhaseRequest(new DateOnly(2030, 2, 5), null),
            [new PeakRequest("", new DateTimeOffset(2030, 2, 2, 21, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2030, 2, 2, 20, 0, 0, TimeSpan.FromHours(7)))],
            null);
        Assert.Null(CampaignRules.Validate(request, errors));
        var fields = errors.ToDictionary().Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("before.end", fields);
        Assert.Contains("after.end", fields);
        Assert.Contains("peaks[0].name", fields);
        Assert.Contains("peaks[0].endsAt", fields);

        errors = new FieldErrors();
        Assert.Null(CampaignRules.Validate(new CampaignRequest("LunarNewYear", 2030, null, null,
            new PhaseRequest(new DateOnly(2030, 1, 10), new DateOnly(2030, 1, 25)),
            new PhaseRequest(new DateOnly(2030, 1, 25), new DateOnly(2030, 2, 10)),
            new PhaseRequest(new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 15)), null, null), errors));
        Assert.Equal(["after.start", "during.start"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    private static PhaseRequest? Req(Phase? p) => p is null ? null : new PhaseRequest(p.Start, p.End);
}
