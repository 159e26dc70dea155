namespace ThongSuot.Calendar.Astronomy;

/// <summary>
/// ΔT = TT − UT in seconds: the polynomials of Espenak and Meeus (NASA, 2006), which fit the
/// observed values Meeus tabulates in ch. 10 and extrapolate past the present. For 1900–2025
/// they are within a second or two of observation; by 2100 the uncertainty is a minute or two,
/// which only matters for a new moon within that margin of local midnight.
/// </summary>
internal static class DeltaT
{
    public static double Seconds(double year)
    {
        double t;
        switch (year)
        {
            case < 1900:
                t = year - 1860;
                return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.Pow(t, 3)
                    - 0.0004473624 * Math.Pow(t, 4) + Math.Pow(t, 5) / 233174;
            case < 1920:
                t = year - 1900;
                return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.Pow(t, 3) - 0.000197 * Math.Pow(t, 4);
            case < 1941:
                t = year - 1920;
                return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.Pow(t, 3);
            case < 1961:
                t = year - 1950;
                return 29.07 + 0.407 * t - t * t / 233 + Math.Pow(t, 3) / 2547;
            case < 1986:
                t = year - 1975;
                return 45.45 + 1.067 * t - t * t / 260 - Math.Pow(t, 3) / 718;
            case < 2005:
                t = year - 2000;
                return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.Pow(t, 3)
                    + 0.000651814 * Math.Pow(t, 4) + 0.00002373599 * Math.Pow(t, 5);
            case < 2050:
                t = year - 2000;
                return 62.92 + 0.32217 * t + 0.005589 * t * t;
            default:
                var u = (year - 1820) / 100;
                return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
    }
}
