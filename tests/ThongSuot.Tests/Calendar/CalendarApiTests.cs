using System.Net;
using System.Text.Json;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Calendar;

/// <summary>The lunar calendar over HTTP; public, and no database involved (so one provider is enough).</summary>
public sealed class CalendarApiTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task TetOf2027IsTheSixthOfFebruaryInTheYearOfTheGoat()
    {
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/calendar/tet/2027"));
        Assert.Equal(2027, doc.RootElement.GetProperty("year").GetInt32());
        Assert.Equal("2027-02-06", doc.RootElement.GetProperty("date").GetString());
        Assert.Equal("Đinh Mùi", doc.RootElement.GetProperty("yearName").GetString());
    }

    [Theory]
    [InlineData("2024-02-24", 15, 1, false, "Giáp Thìn")]   // Rằm tháng Giêng Giáp Thìn
    [InlineData("2020-06-01", 10, 4, true, "Canh Tý")]      // inside the leap fourth month of 2020
    [InlineData("2026-02-16", 29, 12, false, "Ất Tỵ")]      // giao thừa before Tết Bính Ngọ
    public async Task LunarDateOfAGregorianDay(string date, int day, int month, bool leap, string yearName)
    {
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync($"/api/v1/calendar/lunar?date={date}"));
        var root = doc.RootElement;
        Assert.Equal(day, root.GetProperty("day").GetInt32());
        Assert.Equal(month, root.GetProperty("month").GetInt32());
        Assert.Equal(leap, root.GetProperty("leapMonth").GetBoolean());
        Assert.Equal(yearName, root.GetProperty("yearName").GetString());
    }

    [Theory]
    [InlineData("/api/v1/calendar/lunar", "date")]
    [InlineData("/api/v1/calendar/lunar?date=24/02/2024", "date")]
    [InlineData("/api/v1/calendar/lunar?date=2024-02-30", "date")]
    [InlineData("/api/v1/calendar/lunar?date=1850-01-01", "date")]
    [InlineData("/api/v1/calendar/lunar?date=%3Cscript%3E", "date")]
    [InlineData("/api/v1/calendar/tet/2200", "year")]
    [InlineData("/api/v1/calendar/holidays/1800", "year")]
    public async Task BadDatesAre400NamingTheField(string url, string field)
    {
        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([field], doc.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task HolidaysOf2025IncludeGioToHungVuongOnTheSeventhOfApril()
    {
        using var doc = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/api/v1/calendar/holidays/2025"));
        var gioTo = doc.RootElement.EnumerateArray().Single(h => h.GetProperty("lunarMonth").GetInt32() == 3 && h.GetProperty("lunarDay").GetInt32() == 10);
        Assert.Equal("2025-04-07", gioTo.GetProperty("date").GetString());
        Assert.Contains("Hùng Vương", gioTo.GetProperty("name").GetString());
    }
}
