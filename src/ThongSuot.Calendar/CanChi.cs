using ThongSuot.Calendar.Astronomy;

namespace ThongSuot.Calendar;

/// <summary>
/// Sexagenary names (can chi) in Vietnamese: a heavenly stem (can) and an earthly branch (chi),
/// e.g. "Giáp Thìn". Vietnamese names the 4th branch Mão (cat) where Chinese has the rabbit.
/// </summary>
public static class CanChi
{
    public static IReadOnlyList<string> Stems { get; } =
        ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    public static IReadOnlyList<string> Branches { get; } =
        ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The name of a lunar year: 1984 (and every 60 years from it) is Giáp Tý.</summary>
    public static string Year(int lunarYear) => Name(lunarYear + 6, lunarYear + 8);

    /// <summary>
    /// The name of a lunar month: month 1 is always a Dần month, month 11 Tý, and the stems run on
    /// from year to year without a break (month 1 of a Giáp or Kỷ year is Bính Dần). A leap month
    /// takes the name of the month whose number it repeats, as Vietnamese almanacs print it.
    /// </summary>
    public static string Month(LunarDate date) => Name(date.Year * 12 + date.Month + 3, date.Month + 1);

    /// <summary>The name of a day: the cycle of 60 runs unbroken, so it follows from the Julian day number (1949-10-01 was Giáp Tý).</summary>
    public static string Day(DateOnly date)
    {
        var jdn = JulianDay.FromDate(date);
        return Name(jdn + 9, jdn + 1);
    }

    private static string Name(long stem, long branch) => $"{Stems[Mod(stem, 10)]} {Branches[Mod(branch, 12)]}";

    private static int Mod(long value, int modulus) => (int)(((value % modulus) + modulus) % modulus);
}
