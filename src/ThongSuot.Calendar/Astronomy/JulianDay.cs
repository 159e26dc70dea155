namespace ThongSuot.Calendar.Astronomy;

/// <summary>Julian day numbers and the time scales the formulas need (Meeus ch. 7 and 10).</summary>
internal static class JulianDay
{
    // DateOnly.DayNumber counts days from 0001-01-01 (proleptic Gregorian), whose JDN is 1721426.
    private const int DayNumberOffset = 1721426;
    private const double J2000 = 2451545.0;

    public static int FromDate(DateOnly date) => date.DayNumber + DayNumberOffset;

    public static DateOnly ToDate(int julianDayNumber) => DateOnly.FromDayNumber(julianDayNumber - DayNumberOffset);

    /// <summary>The Julian day number of the civil day (in a zone <paramref name="offsetHours"/> east of UT) holding an instant.</summary>
    public static int LocalDayOf(double jdUniversal, double offsetHours) =>
        (int)Math.Floor(jdUniversal + 0.5 + offsetHours / 24.0);

    /// <summary>The instant (JD, UT) of local midnight starting a civil day.</summary>
    public static double LocalMidnight(int julianDayNumber, double offsetHours) =>
        julianDayNumber - 0.5 - offsetHours / 24.0;

    public static double DecimalYear(double jd) => 2000.0 + (jd - J2000) / 365.25;

    /// <summary>Dynamical time (TT, in which the ephemerides are written) to universal time.</summary>
    public static double DynamicalToUniversal(double jde) => jde - DeltaT.Seconds(DecimalYear(jde)) / 86400.0;

    public static double UniversalToDynamical(double jd) => jd + DeltaT.Seconds(DecimalYear(jd)) / 86400.0;
}
