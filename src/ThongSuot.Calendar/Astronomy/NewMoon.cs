namespace ThongSuot.Calendar.Astronomy;

/// <summary>
/// True new moons, Meeus ch. 49: the mean phase (49.1) plus the periodic terms of the new moon and
/// the fourteen planetary arguments. Meeus gives the mean error as a few seconds over 1980–2020.
/// </summary>
internal static class NewMoon
{
    /// <summary>Lunations since the new moon of 2000-01-06 (k = 0); negative before it.</summary>
    public static int LunationNear(double decimalYear) => (int)Math.Floor((decimalYear - 2000) * 12.3685);

    /// <summary>The instant (JDE, dynamical time) of new moon number <paramref name="k"/>.</summary>
    public static double Jde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;

        var jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        var e = 1 - 0.002516 * t - 0.0000074 * t2;
        var m = Deg(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        var mp = Deg(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var f = Deg(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var omega = Deg(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        var correction =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        return jde + correction + PlanetaryCorrection(k, t2);
    }

    private static double PlanetaryCorrection(int k, double t2) =>
        0.000325 * Math.Sin(Deg(299.77 + 0.107408 * k - 0.009173 * t2))
        + 0.000165 * Math.Sin(Deg(251.88 + 0.016321 * k))
        + 0.000164 * Math.Sin(Deg(251.83 + 26.651886 * k))
        + 0.000126 * Math.Sin(Deg(349.42 + 36.412478 * k))
        + 0.000110 * Math.Sin(Deg(84.66 + 18.206239 * k))
        + 0.000062 * Math.Sin(Deg(141.74 + 53.303771 * k))
        + 0.000060 * Math.Sin(Deg(207.14 + 2.453732 * k))
        + 0.000056 * Math.Sin(Deg(154.84 + 7.306860 * k))
        + 0.000047 * Math.Sin(Deg(34.52 + 27.261239 * k))
        + 0.000042 * Math.Sin(Deg(207.19 + 0.121824 * k))
        + 0.000040 * Math.Sin(Deg(291.34 + 1.844379 * k))
        + 0.000037 * Math.Sin(Deg(161.72 + 24.198154 * k))
        + 0.000035 * Math.Sin(Deg(239.56 + 25.513099 * k))
        + 0.000023 * Math.Sin(Deg(331.55 + 3.592518 * k));

    // Reduced to one turn first so that large k lose no precision in the sine.
    private static double Deg(double degrees) => Math.IEEERemainder(degrees, 360.0) * Math.PI / 180.0;
}
