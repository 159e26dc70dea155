namespace ThongSuot.Calendar.Astronomy;

/// <summary>
/// The Sun's apparent geocentric longitude, Meeus ch. 25 "higher accuracy": VSOP87 (Appendix III)
/// for the Earth, turned geocentric, corrected to the FK5 frame, plus nutation in longitude
/// (ch. 22) and aberration. About 1″ of arc, i.e. some 25 seconds of time for the moment of a
/// solar term.
/// </summary>
internal static class SolarLongitude
{
    private const double ArcSecond = 1.0 / 3600.0;

    /// <summary>Apparent longitude in degrees, 0 ≤ λ &lt; 360, at the instant <paramref name="jde"/> (dynamical time).</summary>
    public static double Apparent(double jde)
    {
        var tau = (jde - 2451545.0) / 365250.0;
        var t = tau * 10;

        var geometric = Vsop87Earth.Longitude(tau) * 180.0 / Math.PI + 180.0;
        var fk5 = -0.09033 * ArcSecond;
        var aberration = -20.4898 * ArcSecond / Vsop87Earth.Radius(tau);

        return Normalize(geometric + fk5 + Nutation.InLongitude(t) + aberration);
    }

    /// <summary>
    /// The instant (JDE) near <paramref name="guessJde"/> at which the apparent longitude reaches
    /// <paramref name="degrees"/>: Newton's steps with the Sun's mean rate (Meeus ch. 27's own method).
    /// </summary>
    public static double MomentOf(double degrees, double guessJde)
    {
        var jde = guessJde;
        for (var i = 0; i < 20; i++)
        {
            var delta = Math.IEEERemainder(degrees - Apparent(jde), 360.0);
            jde += delta * 365.2422 / 360.0;
            if (Math.Abs(delta) < 1e-7)
            {
                break;
            }
        }
        return jde;
    }

    private static double Normalize(double degrees)
    {
        var d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    private static double Rad(double degrees) => Math.IEEERemainder(degrees, 360.0) * Math.PI / 180.0;
}
