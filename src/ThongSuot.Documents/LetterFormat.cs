using System.Globalization;
using System.Text;

namespace ThongSuot.Documents;

/// <summary>The decree's text rules (number, date, subject, closing mark), shared by both writers.</summary>
public static class LetterFormat
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string AddresseesLabel = "Kính gửi:";
    public const string DistributionHeading = "Nơi nhận:";
    public const string EndMark = "./.";

    /// <summary>"Số: 05/UBND-VX"; a draft without a number keeps the gap: "Số:      /UBND-VX".</summary>
    public static string NumberLine(int? number, string symbol)
    {
        var digits = number is { } n ? n.ToString("00", CultureInfo.InvariantCulture) : "      ";
        return $"Số: {digits}/{Nfc(symbol).Trim().ToUpperInvariant()}";
    }

    /// <summary>"Quảng Trị, ngày 03 tháng 02 năm 2021": days padded, months padded only for 1 and 2.</summary>
    public static string DateLine(string place, DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return $"{Nfc(place).Trim()}, ngày {day} tháng {month} năm {year}";
    }

    public static string SubjectLine(string subject) => "V/v " + Collapse(subject);

    public static string UrgencyText(LetterUrgency urgency) => urgency switch
    {
        LetterUrgency.Khan => "KHẨN",
        LetterUrgency.ThuongKhan => "THƯỢNG KHẨN",
        LetterUrgency.HoaToc => "HỎA TỐC",
        _ => "",
    };

    /// <summary>Box widths from the decree: 20, 30 and 40 mm by 8 mm.</summary>
    public static double UrgencyBoxWidthMm(LetterUrgency urgency) => urgency switch
    {
        LetterUrgency.Khan => 20,
        LetterUrgency.ThuongKhan => 40,
        LetterUrgency.HoaToc => 30,
        _ => 0,
    };

    /// <summary>Ends the last body paragraph with "./." without doubling the full stop.</summary>
    public static string WithEndMark(string text)
    {
        var t = Collapse(text);
        if (t.EndsWith(EndMark, StringComparison.Ordinal)) return t;
        if (t.EndsWith("/.", StringComparison.Ordinal)) return t[..^2].TrimEnd() + EndMark;
        if (t.EndsWith('.')) return t + "/.";
        return t.TrimEnd(';', ',', ':').TrimEnd() + EndMark;
    }

    public static string AuthorityMark(SigningAuthority authority) => authority switch
    {
        SigningAuthority.KT => "KT.",
        SigningAuthority.TM => "TM.",
        SigningAuthority.Q => "Q.",
        SigningAuthority.TL => "TL.",
        SigningAuthority.TUQ => "TUQ.",
        _ => "",
    };

    public static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Digits)> table =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var sb = new StringBuilder();
        foreach (var (value, digits) in table)
        {
            for (; number >= value; number -= value) sb.Append(digits);
        }
        return sb.ToString();
    }

    public static string Nfc(string? text) => (text ?? "").Normalize(NormalizationForm.FormC);

    /// <summary>NFC with runs of whitespace (including line breaks) collapsed to one space.</summary>
    public static string Collapse(string? text) =>
        string.Join(' ', Nfc(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
