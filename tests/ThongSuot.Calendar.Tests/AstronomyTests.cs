using ThongSuot.Calendar.Astronomy;

namespace ThongSuot.Calendar.Tests;

/// <summary>The worked examples of Meeus, Astronomical Algorithms (2nd ed.), reproduced.</summary>
public class AstronomyTests
{
    [Fact]
    public void NewMoonOfFebruary1977MatchesExample49a()
    {
        // k = −283: 1977 February 18, JDE 2443192.65118 (3h37m42s TD).
        Assert.Equal(2443192.65118, NewMoon.Jde(-283), 0.00002);
    }

    [Fact]
    public void FirstLunationAfterJ2000IsTheNewMoonOf6January2000()
    {
        var ut = JulianDay.DynamicalToUniversal(NewMoon.Jde(0));
        Assert.Equal(new DateOnly(2000, 1, 6), JulianDay.ToDate(JulianDay.LocalDayOf(ut, 0)));
        Assert.Equal(0, NewMoon.LunationNear(2000.02));
    }

    [Fact]
    public void SunsApparentLongitudeOn13October1992MatchesExample25b()
    {
        // 199°54′21.818″ with the full VSOP87 and nutation; the abridged series agree to well under 1″.
        Assert.Equal(199.906060, SolarLongitude.Apparent(2448908.5), 0.0002);
    }

    [Fact]
    public void NutationInLongitudeMatchesExample22a()
    {
        // 1987 April 10, 0h TD: Δψ = −3.788″.
        var t = (2446895.5 - 2451545.0) / 36525.0;
        Assert.Equal(-3.788, Nutation.InLongitude(t) * 3600, 0.01);
    }

    [Theory]
    [InlineData(1900.0, -2.7, 1.0)]
    [InlineData(1950.0, 29.1, 1.0)]
    [InlineData(2000.0, 63.9, 1.0)]
    public void DeltaTFollowsTheObservedValues(double year, double seconds, double tolerance)
    {
        Assert.Equal(seconds, DeltaT.Seconds(year), tolerance);
    }

    [Fact]
    public void DecemberSolstice2024FallsOn21DecemberInVietnam()
    {
        // 2024-12-21 09:20 UT, 16:20 in Hà Nội.
        var ut = JulianDay.DynamicalToUniversal(SolarLongitude.MomentOf(270, 2460665.5));
        Assert.Equal(new DateOnly(2024, 12, 21), JulianDay.ToDate(JulianDay.LocalDayOf(ut, 7)));
        Assert.Equal(9 + 20 / 60.0, (ut + 0.5 - Math.Floor(ut + 0.5)) * 24, 0.05);
    }

    [Fact]
    public void JulianDayNumbersMatchDateOnly()
    {
        Assert.Equal(2451545, JulianDay.FromDate(new DateOnly(2000, 1, 1)));
        Assert.Equal(new DateOnly(1858, 11, 17), JulianDay.ToDate(2400001));
    }
}
