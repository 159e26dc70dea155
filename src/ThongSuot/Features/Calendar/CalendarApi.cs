using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Calendar;

namespace ThongSuot.Features.Calendar;

/// <summary>The Vietnamese lunar calendar over HTTP, public: directives and operators' systems write dates both ways.</summary>
public static class CalendarApi
{
    public sealed record LunarDateResponse(int Day, int Month, int Year, bool LeapMonth, string YearName,
        string MonthName, string DayName, string Text, string Date);

    public sealed record TetResponse(int Year, DateOnly Date, string YearName);

    public sealed record HolidayResponse(string Kind, string Name, DateOnly Date, int LunarDay, int LunarMonth, bool LeapMonth);

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calendar").WithTags("Calendar").AllowAnonymous();
        group.MapGet("/lunar", Lunar).WithSummary("Ngày âm lịch của một ngày dương lịch (date=YYYY-MM-DD)");
        group.MapGet("/tet/{year:int}", Tet).WithSummary("Ngày Tết Nguyên đán của một năm");
        group.MapGet("/holidays/{year:int}", Holidays).WithSummary("Các ngày lễ âm lịch trong một năm dương lịch");
        return app;
    }

    private static Results<Ok<LunarDateResponse>, ValidationProblem> Lunar(string? date)
    {
        if (string.IsNullOrWhiteSpace(date) || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return Invalid("date", "Ngày phải theo dạng YYYY-MM-DD, ví dụ 2027-02-06.");
        if (day.Year < LunarCalendar.MinYear || day.Year > LunarCalendar.MaxYear)
            return Invalid("date", $"Lịch âm chỉ tính cho các năm {LunarCalendar.MinYear}–{LunarCalendar.MaxYear}.");
        var lunar = LunarCalendar.FromGregorian(day);
        return TypedResults.Ok(new LunarDateResponse(lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth,
            CanChi.Year(lunar.Year), CanChi.Month(lunar), CanChi.Day(day), LunarDateFormat.LongText(lunar),
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static Results<Ok<TetResponse>, ValidationProblem> Tet(int year)
    {
        if (year < LunarCalendar.MinYear || year > LunarCalendar.MaxYear)
            return Invalid("year", $"Lịch âm chỉ tính cho các năm {LunarCalendar.MinYear}–{LunarCalendar.MaxYear}.");
        return TypedResults.Ok(new TetResponse(year, LunarCalendar.Tet(year), CanChi.Year(year)));
    }

    private static Results<Ok<List<HolidayResponse>>, ValidationProblem> Holidays(int year)
    {
        if (year < LunarCalendar.MinYear || year > LunarCalendar.MaxYear)
            return Invalid("year", $"Lịch âm chỉ tính cho các năm {LunarCalendar.MinYear}–{LunarCalendar.MaxYear}.");
        return TypedResults.Ok(LunarHolidays.For(year)
            .Select(h => new HolidayResponse(h.Kind.ToString(), h.Name, h.Date, h.LunarDate.Day, h.LunarDate.Month, h.LunarDate.IsLeapMonth))
            .ToList());
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Dữ liệu không hợp lệ.");
}
