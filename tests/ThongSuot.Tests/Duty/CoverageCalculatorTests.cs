using ThongSuot.Features.Duty;

namespace ThongSuot.Tests.Duty;

/// <summary>Gaps and overlaps of a roster; times are written in Vietnam (UTC+7) as the rosters are.</summary>
public sealed class CoverageCalculatorTests
{
    private static DateTime Vn(int day, int hour, int minute = 0) =>
        DateTime.SpecifyKind(new DateTime(2027, 2, day, hour, minute, 0) - TimeSpan.FromHours(7), DateTimeKind.Utc);

    private static Interval S(int d1, int h1, int d2, int h2) => new(Vn(d1, h1), Vn(d2, h2));

    private static readonly Interval TwoDays = CoverageCalculator.Window(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6));

    [Fact]
    public void ThreeShiftsADayWithNoHolesLeaveNoGapAndNoOverlap()
    {
        var shifts = new[] { S(4, 22, 5, 6), S(5, 6, 5, 14), S(5, 14, 5, 22), S(5, 22, 6, 6), S(6, 6, 6, 14), S(6, 14, 6, 22), S(6, 22, 7, 6) };
        var result = CoverageCalculator.Continuous(TwoDays, shifts);
        Assert.Empty(result.Gaps);
        Assert.Empty(result.Overlaps);
        Assert.True(result.IsCovered);
    }

    [Fact]
    public void AShiftEndingExactlyWhenTheNextStartsIsNeitherGapNorOverlap()
    {
        var window = new Interval(Vn(5, 6), Vn(5, 22));
        var result = CoverageCalculator.Continuous(window, [S(5, 6, 5, 14), S(5, 14, 5, 22)]);
        Assert.Empty(result.Gaps);
        Assert.Empty(result.Overlaps);
    }

    [Fact]
    public void AMissingShiftIsAGapWithItsExactBounds()
    {
        var result = CoverageCalculator.Continuous(TwoDays, [S(5, 0, 5, 14), S(5, 22, 7, 0)]);
        Assert.Equal([new Interval(Vn(5, 14), Vn(5, 22))], result.Gaps);
    }

    [Fact]
    public void UncoveredStartAndEndOfTheWindowAreGaps()
    {
        var result = CoverageCalculator.Continuous(TwoDays, [S(5, 8, 6, 20)]);
        Assert.Equal([new Interval(Vn(5, 0), Vn(5, 8)), new Interval(Vn(6, 20), Vn(7, 0))], result.Gaps);
    }

    [Fact]
    public void AnEmptyRosterIsOneGapOverTheWholeWindow()
    {
        var result = CoverageCalculator.Continuous(TwoDays, []);
        Assert.Equal([TwoDays], result.Gaps);
    }

    [Fact]
    public void OverlappingShiftsAreReportedOnceForTheSharedTime()
    {
        var result = CoverageCalculator.Continuous(TwoDays, [S(5, 0, 5, 15), S(5, 14, 5, 23), S(5, 22, 7, 0)]);
        Assert.Empty(result.Gaps);
        Assert.Equal([new Interval(Vn(5, 14), Vn(5, 15)), new Interval(Vn(5, 22), Vn(5, 23))], result.Overlaps);
    }

    [Fact]
    public void ThreeShiftsAtOnceAreOneContinuousOverlap()
    {
        var result = CoverageCalculator.Continuous(TwoDays, [S(5, 0, 7, 0), S(5, 10, 5, 14), S(5, 12, 5, 16)]);
        Assert.Equal([new Interval(Vn(5, 10), Vn(5, 16))], result.Overlaps);
    }

    [Fact]
    public void AShiftAcrossMidnightCoversTheEndOfOneDayAndTheStartOfTheNext()
    {
        var window = new Interval(Vn(5, 18), Vn(6, 8));
        var result = CoverageCalculator.Continuous(window, [S(5, 18, 5, 22), S(5, 22, 6, 6), S(6, 6, 6, 8)]);
        Assert.True(result.IsCovered);
        var daily = CoverageCalculator.Daily(TwoDays, [S(5, 22, 6, 6)]);
        Assert.Empty(daily.UncoveredDays);
    }

    [Fact]
    public void AShiftAcrossThePhaseBoundaryCountsOnlyForThePartInsideThePhase()
    {
        // The 'during' phase starts on 05/02 at 00:00; the shift began in the 'before' phase.
        var during = CoverageCalculator.Window(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 5));
        var result = CoverageCalculator.Continuous(during, [S(4, 18, 5, 6), S(5, 6, 5, 18)]);
        Assert.Equal([new Interval(Vn(5, 18), Vn(6, 0))], result.Gaps);
        var ending = CoverageCalculator.Continuous(during, [S(5, 0, 5, 20), S(5, 20, 6, 8)]);
        Assert.True(ending.IsCovered);
        Assert.Empty(ending.Overlaps);
    }

    [Fact]
    public void ShiftsOutsideTheWindowAndEmptyShiftsAreIgnored()
    {
        var result = CoverageCalculator.Continuous(TwoDays, [S(3, 0, 4, 0), S(8, 0, 9, 0), new Interval(Vn(5, 10), Vn(5, 10))]);
        Assert.Equal([TwoDays], result.Gaps);
        Assert.Empty(result.Overlaps);
    }

    [Fact]
    public void DailyRequirementListsTheDaysNobodyTouches()
    {
        var window = CoverageCalculator.Window(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 7));
        var result = CoverageCalculator.Daily(window, [S(5, 8, 5, 9), S(7, 8, 7, 9)]);
        Assert.Equal([new DateOnly(2027, 2, 6)], result.UncoveredDays);
        Assert.False(result.IsCovered);
    }

    [Fact]
    public void VietnameseDayBoundariesAreAtMidnightUtcPlusSeven()
    {
        Assert.Equal(new DateTime(2027, 2, 4, 17, 0, 0, DateTimeKind.Utc), CoverageCalculator.StartOf(new DateOnly(2027, 2, 5)));
        Assert.Equal(new DateOnly(2027, 2, 5), CoverageCalculator.LocalDay(new DateTime(2027, 2, 4, 17, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2027, 2, 4), CoverageCalculator.LocalDay(new DateTime(2027, 2, 4, 16, 59, 0, DateTimeKind.Utc)));
    }
}
