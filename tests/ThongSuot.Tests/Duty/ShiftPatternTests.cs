using ThongSuot.Features.Duty;

namespace ThongSuot.Tests.Duty;

public sealed class ShiftPatternTests
{
    private static DateTime Vn(int day, int hour) =>
        DateTime.SpecifyKind(new DateTime(2027, 2, day, hour, 0, 0) - TimeSpan.FromHours(7), DateTimeKind.Utc);

    [Fact]
    public void ThreeShiftsADayLastUntilTheNextAndRotateThroughThePeople()
    {
        var shifts = ShiftPattern.Expand(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), [new(14, 0), new(6, 0), new(22, 0)], 2);
        Assert.Equal(6, shifts.Count);
        Assert.Equal(new PatternShift(Vn(5, 6), Vn(5, 14), 0), shifts[0]);
        Assert.Equal(new PatternShift(Vn(5, 14), Vn(5, 22), 1), shifts[1]);
        Assert.Equal(new PatternShift(Vn(5, 22), Vn(6, 6), 0), shifts[2]);
        Assert.Equal(new PatternShift(Vn(6, 22), Vn(7, 6), 1), shifts[5]);
        var coverage = CoverageCalculator.Continuous(new Interval(Vn(5, 6), Vn(7, 6)), shifts.Select(s => new Interval(s.StartsAt, s.EndsAt)));
        Assert.True(coverage.IsCovered);
        Assert.Empty(coverage.Overlaps);
    }

    [Fact]
    public void OneTimeADayMakesTwentyFourHourShifts()
    {
        var shifts = ShiftPattern.Expand(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 5), [new(8, 0)], 1);
        Assert.Equal([new PatternShift(Vn(5, 8), Vn(6, 8), 0)], shifts);
    }

    [Fact]
    public void NothingForAnEmptyOrReversedPattern()
    {
        Assert.Empty(ShiftPattern.Expand(new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 5), [new(8, 0)], 1));
        Assert.Empty(ShiftPattern.Expand(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), [], 1));
        Assert.Empty(ShiftPattern.Expand(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), [new(8, 0)], 0));
    }

    [Theory]
    [InlineData("06:00, 14:00, 22:00", 3)]
    [InlineData("6:00;14:00 22:00", 3)]
    [InlineData("7h", 1)]
    public void ParsesStartTimes(string text, int count) => Assert.Equal(count, ShiftPattern.ParseTimes(text)!.Count);

    [Theory]
    [InlineData("")]
    [InlineData("25:00")]
    [InlineData("06:00, abc")]
    [InlineData("<script>")]
    public void RefusesBadStartTimes(string text) => Assert.Null(ShiftPattern.ParseTimes(text));
}
