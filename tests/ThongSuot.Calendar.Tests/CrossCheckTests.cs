using System.Globalization;

namespace ThongSuot.Calendar.Tests;

/// <summary>
/// Every year against a table worked out with a different ephemeris (independent-ephemeris.txt).
/// Both apply the same rules, so this checks the astronomy: the new moons and solar terms of the two
/// agree to seconds, and a day can differ only where an event falls within that margin of midnight.
/// </summary>
public class CrossCheckTests
{
    // The autumn equinox of 1938 falls 25–30 s either side of midnight in Hà Nội (16:59:34 UT here,
    // 17:00:01 UT in the other ephemeris), which decides whether the leap month is the 7th or the 8th.
    private static readonly int[] BorderlineYears = [1938];

    [Fact]
    public void TetAndLeapMonthAgreeWithAnIndependentEphemerisForEveryYear()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "independent-ephemeris.txt"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .ToList();
        Assert.Equal(LunarCalendar.MaxYear - LunarCalendar.MinYear + 1, rows.Count);

        foreach (var row in rows)
        {
            var year = int.Parse(row[0], CultureInfo.InvariantCulture);
            Assert.Equal(DateOnly.Parse(row[1], CultureInfo.InvariantCulture), LunarCalendar.Tet(year));
            if (!BorderlineYears.Contains(year))
            {
                var leap = int.Parse(row[2], CultureInfo.InvariantCulture);
                Assert.Equal(leap == 0 ? null : leap, LunarCalendar.LeapMonth(year));
            }
        }
    }

    [Fact]
    public void BorderlineLeapMonthOf1938IsTheEighth()
    {
        // Documented, not asserted as a fact: see README ("How it was checked").
        Assert.Equal(8, LunarCalendar.LeapMonth(1938));
    }
}
