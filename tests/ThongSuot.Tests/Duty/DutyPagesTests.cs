using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Duty;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

public abstract class DutyPagesTests(AppFactory app)
{
    [Fact]
    public async Task OnDutyBoardShowsHotlinesAndPhoneLinksAndRefreshesItself()
    {
        var client = await app.SignedInAsync("viewer");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Duty"));
        Assert.Contains("hx-trigger=\"every 60s\"", html);
        Assert.Contains("Đường dây nóng của Sở", html);
        Assert.Contains("06/02/2027 10:00", html);
        Assert.Contains("Nguyễn Văn An", html);
        Assert.Contains("href=\"tel:", html);
        var board = await client.GetStringAsync("/Duty?handler=Board&kind=TelecomOperator");
        Assert.DoesNotContain("<html", board);
        Assert.Contains("data-testid=\"org-VNPT\"", board);
        Assert.DoesNotContain("data-testid=\"org-SKHCN\"", board);
    }

    [Fact]
    public async Task MemberEntersAPatternOnTheRosterPage()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var url = $"/Duty/Roster?organizationId={ids.Viettel}&campaignId={ids.Campaign}";
        var html = WebUtility.HtmlDecode(await viettel.GetStringAsync(url));
        Assert.Contains("Nhập theo mẫu", html);
        Assert.Contains("còn trống", html);
        var count = await ShiftCountAsync(app, ids.Viettel);
        var response = await viettel.PostAsync($"/Duty/Roster?handler=Pattern&organizationId={ids.Viettel}&campaignId={ids.Campaign}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(viettel, url),
            ["Pattern.From"] = "2027-02-15", ["Pattern.To"] = "2027-02-16", ["Pattern.StartTimes"] = "07:00, 19:00", ["Pattern.Role"] = "Operations",
            ["Pattern.PersonIds"] = ids.Cuong.ToString(), ["Pattern.TypedPeople"] = "Đinh Văn Mới, 0900 000 777", ["Pattern.Place"] = "NOC",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(count + 4, await ShiftCountAsync(app, ids.Viettel));
        Assert.True(await app.WithDbAsync(db => db.Set<DutyShift>().AnyAsync(s => s.PersonName == "Đinh Văn Mới" && s.Phone == "0900 000 777" && s.Role == DutyRole.Operations)));

        var bad = await viettel.PostAsync($"/Duty/Roster?handler=Pattern&organizationId={ids.Viettel}&campaignId={ids.Campaign}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(viettel, url),
            ["Pattern.From"] = "2027-02-15", ["Pattern.To"] = "2027-02-16", ["Pattern.StartTimes"] = "sáng sớm", ["Pattern.Role"] = "Shift",
        }));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var again = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Nhập giờ bắt đầu các ca", again);
        Assert.Contains("value=\"sáng sớm\"", again);
        Assert.Equal(count + 4, await ShiftCountAsync(app, ids.Viettel));
    }

    [Fact]
    public async Task AnotherOrganisationsMemberSeesTheRosterButCannotChangeIt()
    {
        var ids = await IdsAsync(app);
        var vnpt = await app.SignedInAsync("vnpt");
        var url = $"/Duty/Roster?organizationId={ids.Viettel}&campaignId={ids.Campaign}";
        var html = WebUtility.HtmlDecode(await vnpt.GetStringAsync(url));
        Assert.Contains("Lê Văn Cường", html);
        Assert.DoesNotContain("Nhập theo mẫu", html);
        var shift = await AShiftOfAsync(app, ids.Viettel);
        var count = await ShiftCountAsync(app, ids.Viettel);
        var response = await vnpt.PostAsync($"/Duty/Roster?handler=Delete&shiftId={shift}&organizationId={ids.Viettel}&campaignId={ids.Campaign}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(vnpt, "/Duty/Log") }));
        AssertDenied(response);
        Assert.Equal(count, await ShiftCountAsync(app, ids.Viettel));
        AssertDenied(await vnpt.GetAsync($"/Duty/Edit/{shift}"));
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/Duty/Edit/{Guid.NewGuid()}")).StatusCode);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/AccessDenied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task NamesAreShownAsTextNeverAsMarkup()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        await viettel.PostAsJsonAsync("/api/v1/duty/shifts", Shift(ids.Viettel, ids.Campaign, "2027-02-06T09:00:00+07:00", "2027-02-06T11:00:00+07:00", "<script>alert('x')</script>"));
        foreach (var path in new[] { "/Duty", $"/Duty/Roster?organizationId={ids.Viettel}&campaignId={ids.Campaign}" })
        {
            var raw = await viettel.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", raw);
            Assert.Contains("&lt;script&gt;", raw);
        }
    }

    [Fact]
    public async Task GapsDirectoryAndLogPagesWork()
    {
        var ids = await IdsAsync(app);
        var coordinator = await app.SignedInAsync("coordinator");
        var gaps = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Duty/Gaps"));
        Assert.Contains("data-testid=\"gap-VNPT\"", gaps);
        Assert.Contains("07/02/2027 14:00 – 07/02/2027 22:00", gaps);
        var directory = WebUtility.HtmlDecode(await coordinator.GetStringAsync("/Duty/Directory?q=quang tri"));
        Assert.Contains("VNPT Quảng Trị", directory);
        Assert.Contains("data-print", directory);

        var viettel = await app.SignedInAsync("viettel");
        var log = $"/Duty/Log?organizationId={ids.Viettel}&day=2027-02-06";
        Assert.Contains("Ghi vào sổ", WebUtility.HtmlDecode(await viettel.GetStringAsync(log)));
        var posted = await viettel.PostAsync(log, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(viettel, log),
            ["Entry.Kind"] = "Handover", ["Entry.Text"] = "Bàn giao ca đêm", ["Entry.OpenMatters"] = "Theo dõi trạm Cồn Cỏ",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var leader = await app.SignedInAsync("leader");
        var read = WebUtility.HtmlDecode(await leader.GetStringAsync(log));
        Assert.Contains("Theo dõi trạm Cồn Cỏ", read);
        Assert.DoesNotContain("Ghi vào sổ", read);
        var vnpt = await app.SignedInAsync("vnpt");
        Assert.DoesNotContain("Theo dõi trạm Cồn Cỏ", WebUtility.HtmlDecode(await vnpt.GetStringAsync(log)));
    }
}

public sealed class SqliteDutyPagesTests(SqliteDutyAppFactory app) : DutyPagesTests(app), IClassFixture<SqliteDutyAppFactory>;
