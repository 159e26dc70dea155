namespace ThongSuot.Calendar.Astronomy;

/// <summary>
/// Nutation in longitude Δψ, Meeus ch. 22 (IAU 1980 theory): the terms of table 22.A above
/// 0.002″, which leaves an error near 0.01″ — a fraction of a second in the time of a solar term.
/// </summary>
internal static class Nutation
{
    // Multiples of D, M, M′, F, Ω; then the coefficient and its rate per century, in 0.0001″.
    private static readonly double[][] Terms =
    [
        [0, 0, 0, 0, 1, -171996, -174.2], [-2, 0, 0, 2, 2, -13187, -1.6], [0, 0, 0, 2, 2, -2274, -0.2],
        [0, 0, 0, 0, 2, 2062, 0.2], [0, 1, 0, 0, 0, 1426, -3.4], [0, 0, 1, 0, 0, 712, 0.1],
        [-2, 1, 0, 2, 2, -517, 1.2], [0, 0, 0, 2, 1, -386, -0.4], [0, 0, 1, 2, 2, -301, 0],
        [-2, -1, 0, 2, 2, 217, -0.5], [-2, 0, 1, 0, 0, -158, 0], [-2, 0, 0, 2, 1, 129, 0.1],
        [0, 0, -1, 2, 2, 123, 0], [2, 0, 0, 0, 0, 63, 0], [0, 0, 1, 0, 1, 63, 0.1],
        [2, 0, -1, 2, 2, -59, 0], [0, 0, -1, 0, 1, -58, -0.1], [0, 0, 1, 2, 1, -51, 0],
        [-2, 0, 2, 0, 0, 48, 0], [0, 0, -2, 2, 1, 46, 0], [2, 0, 0, 2, 2, -38, 0],
        [0, 0, 2, 2, 2, -31, 0], [0, 0, 2, 0, 0, 29, 0], [-2, 0, 1, 2, 2, 29, 0],
        [0, 0, 0, 2, 0, 26, 0], [-2, 0, 0, 2, 0, -22, 0],
    ];

    /// <summary>Δψ in degrees at <paramref name="t"/> Julian centuries from J2000.0 (dynamical time).</summary>
    public static double InLongitude(double t)
    {
        var t2 = t * t;
        var t3 = t2 * t;
        var d = Rad(297.85036 + 445267.111480 * t - 0.0019142 * t2 + t3 / 189474);
        var m = Rad(357.52772 + 35999.050340 * t - 0.0001603 * t2 - t3 / 300000);
        var mp = Rad(134.96298 + 477198.867398 * t + 0.0086972 * t2 + t3 / 56250);
        var f = Rad(93.27191 + 483202.017538 * t - 0.0036825 * t2 + t3 / 327270);
        var omega = Rad(125.04452 - 1934.136261 * t + 0.0020708 * t2 + t3 / 450000);

        var sum = 0.0;
        foreach (var term in Terms)
        {
            var argument = term[0] * d + term[1] * m + term[2] * mp + term[3] * f + term[4] * omega;
            sum += (term[5] + term[6] * t) * Math.Sin(argument);
        }
        return sum * 0.0001 / 3600.0;
    }

    private static double Rad(double degrees) => Math.IEEERemainder(degrees, 360.0) * Math.PI / 180.0;
}
