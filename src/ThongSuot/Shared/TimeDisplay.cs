namespace ThongSuot.Shared;

/// <summary>Instants are stored in UTC and shown in Vietnam time (UTC+7, no daylight saving), as dd/MM/yyyy HH:mm.</summary>
public static class TimeDisplay
{
    public static readonly TimeZoneInfo Vietnam = FindVietnam();

    public static DateTime ToVietnam(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Vietnam);

    /// <summary>The Vietnamese calendar day of an instant.</summary>
    public static DateOnly VietnamDay(DateTime utc) => DateOnly.FromDateTime(ToVietnam(utc));

    /// <summary>Today in Vietnam, by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => VietnamDay(clock.GetUtcNow().UtcDateTime);

    public static string Format(DateTime? utc) => utc is null ? "" : ToVietnam(utc.Value).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly? day) => day?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>The lunar date of an instant's Vietnamese day, as directives write it: "14/10 âm lịch (Bính Ngọ)".</summary>
    public static string Lunar(DateTime utc)
    {
        var day = VietnamDay(utc);
        if (day.Year < Calendar.LunarCalendar.MinYear || day.Year > Calendar.LunarCalendar.MaxYear) return "";
        var lunar = Calendar.LunarCalendar.FromGregorian(day);
        return $"{Calendar.LunarDateFormat.ShortText(lunar)} ({Calendar.CanChi.Year(lunar.Year)})";
    }

    public static DateTime UtcNow(HttpContext context) =>
        context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7"); }
    }
}
