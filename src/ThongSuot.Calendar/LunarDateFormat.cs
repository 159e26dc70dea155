namespace ThongSuot.Calendar;

/// <summary>Vietnamese text for lunar dates.</summary>
public static class LunarDateFormat
{
    /// <summary>"ngày 15 tháng Giêng năm Giáp Thìn"; month 12 is "Chạp", a leap month "tháng 4 nhuận".</summary>
    public static string LongText(LunarDate date) =>
        $"ngày {date.Day} tháng {MonthName(date.Month)}{(date.IsLeapMonth ? " nhuận" : "")} năm {CanChi.Year(date.Year)}";

    /// <summary>"15/01 âm lịch", or "01/04 nhuận âm lịch" in a leap month.</summary>
    public static string ShortText(LunarDate date) =>
        $"{date.Day:00}/{date.Month:00}{(date.IsLeapMonth ? " nhuận" : "")} âm lịch";

    /// <summary>"Giêng" for month 1, "Chạp" for month 12, the number otherwise ("tháng 3").</summary>
    public static string MonthName(int month) => month switch
    {
        1 => "Giêng",
        12 => "Chạp",
        >= 2 and <= 11 => month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(month), month, "Tháng âm lịch từ 1 đến 12."),
    };
}
