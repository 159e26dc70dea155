using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Campaigns;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Campaigns.CampaignsTestData;

namespace ThongSuot.Tests.Campaigns;

/// <summary>The app with its clock stopped at 20/01/2027 10:00 in Vietnam (03:00 UTC), in the demo campaign's "before" phase.</summary>
public abstract class FixedClockAppFactory(DbProvider provider) : AppFactory(provider)
{
    public static readonly DateTimeOffset Now = new(2027, 1, 20, 3, 0, 0, TimeSpan.Zero);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
}

public sealed class SqliteFixedClockAppFactory() : FixedClockAppFactory(DbProvider.Sqlite);

public abstract class CampaignPagesTests(AppFactory app)
{
    private Task<Guid> DemoIdAsync() => app.WithDbAsync(db => db.Set<Campaign>().Where(c => c.Name == "Tết Nguyên đán Đinh Mùi 2027").Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task DetailsPageShowsPhasesWithLunarDatesCountdownSitesAndTheIssuedLetter()
    {
        var id = await DemoIdAsync();
        var client = await app.SignedInAsync("viewer");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Campaigns/Details/{id}"));

        Assert.Contains("Tết Nguyên đán Đinh Mùi 2027", html);
        Assert.Contains("Đang triển khai", html);
        Assert.Contains("30/01/2027", html);
        Assert.Contains("23/12 âm lịch", html);
        Assert.Contains("20/02/2027", html);
        Assert.Contains("15/01 âm lịch", html);
        Assert.Contains("05/02/2027 21:00 – 06/02/2027 02:00", html);
        // From 20/01 10:00 to 30/01 00:00 (UTC+7): 9 days 14 hours.
        Assert.Contains("9 ngày 14 giờ 0 phút", html);
        Assert.Contains("Bắt đầu giai đoạn trong", html);
        Assert.Contains("data-target=\"2027-01-29T17:00:00.0000000Z\"", html);
        Assert.Contains("Đang diễn ra: <strong>Giai đoạn trước</strong>", html);
        Assert.Contains("href=\"/KeySites/Details/", html);
        // The demo's issued letter of the department, listed with its register number.
        Assert.Contains("1062/SKHCN-", html);
        Assert.Contains("href=\"/Directives/Details/", html);
        Assert.DoesNotContain("Kích hoạt", html);
        Assert.DoesNotContain("/Campaigns/Edit/", html);
    }

    [Fact]
    public async Task ListShowsStatusYearAndPhasesAndFilters()
    {
        var client = await app.SignedInAsync("viettel");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns?status=Active&year=2027"));
        Assert.Contains("Tết Nguyên đán Đinh Mùi 2027", html);
        Assert.Contains("15/01/2027 – 29/01/2027", html);
        Assert.Contains("data-status=\"Active\"", html);
        Assert.Contains("href=\"/Campaigns\">Chiến dịch</a>", html);
        Assert.DoesNotContain("/Campaigns/Create", html);
        Assert.DoesNotContain("Đinh Mùi", WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns?status=Draft")));
        Assert.Contains("Trạng thái không hợp lệ.", WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns?status=<b>")));
    }

    [Fact]
    public async Task SuggestButtonFillsTheFormWithTheNameGregorianAndLunarDates()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await PostAsync(client, "/Campaigns/Create?handler=Suggest", new() { ["Input.Occasion"] = "LunarNewYear", ["Input.Year"] = "2027" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("value=\"Tết Nguyên đán Đinh Mùi 2027\"", html);
        Assert.Contains("value=\"2027-01-30\"", html);
        Assert.Contains("23/12 âm lịch", html);
        Assert.Contains("value=\"2027-02-05T21:00\"", html);

        // The create page opens on the next Tết (the clock says January 2027).
        Assert.Contains("Tết Nguyên đán Đinh Mùi 2027", WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns/Create")));
    }

    [Fact]
    public async Task CoordinatorCreatesActivatesAndClosesThroughThePages()
    {
        var client = await app.SignedInAsync("coordinator");
        var sites = await SiteIdsAsync(app, 2);
        var form = new Dictionary<string, string>
        {
            ["Input.Occasion"] = "HungKings", ["Input.Year"] = "2038", ["Input.Name"] = "",
            ["Input.BeforeStart"] = "2038-03-20", ["Input.BeforeEnd"] = "2038-03-31",
            ["Input.DuringStart"] = "01/04/2038", ["Input.DuringEnd"] = "2038-04-05",
            ["Input.AfterStart"] = "2038-04-06", ["Input.AfterEnd"] = "2038-04-07",
            ["Input.Peaks[0].Name"] = "Lễ dâng hương", ["Input.Peaks[0].StartsAt"] = "2038-04-03T07:00", ["Input.Peaks[0].EndsAt"] = "2038-04-03T11:00",
            ["Input.Peaks[1].Name"] = "", ["Input.Peaks[1].StartsAt"] = "", ["Input.Peaks[1].EndsAt"] = "",
        };
        var body = form.Select(kv => KeyValuePair.Create(kv.Key, kv.Value)).Concat(sites.Select(s => KeyValuePair.Create("Input.KeySiteIds", s.ToString())));
        var response = await PostAsync(client, "/Campaigns/Create", body);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var stored = await FindAsync(app, id);
        Assert.Equal("Giỗ Tổ Hùng Vương 2038", stored!.Name);
        Assert.Equal(new DateOnly(2038, 4, 1), stored.DuringStart);
        Assert.Equal(new DateTime(2038, 4, 3, 0, 0, 0, DateTimeKind.Utc), Assert.Single(stored.Peaks).StartsAt);
        Assert.Equal(2, stored.KeySites.Count);

        var details = $"/Campaigns/Details/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{details}?handler=Activate", [], details)).StatusCode);
        Assert.Equal(CampaignStatus.Active, (await FindAsync(app, id))!.Status);
        var again = await PostAsync(client, $"{details}?handler=Activate", [], details);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Chiến dịch đã được kích hoạt.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{details}?handler=Close", [], details)).StatusCode);
        Assert.Equal(CampaignStatus.Closed, (await FindAsync(app, id))!.Status);
        Assert.Equal(3, (await AuditAsync(app, id)).Count);
    }

    [Fact]
    public async Task FormShowsErrorsBesideFieldsKeepsInputAndWritesNothing()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountAsync(app);
        var response = await PostAsync(client, "/Campaigns/Create", new()
        {
            ["Input.Occasion"] = "NationalDay", ["Input.Year"] = "2039", ["Input.Name"] = "Giữ lại tên này",
            ["Input.BeforeStart"] = "2039-08-30", ["Input.BeforeEnd"] = "2039-08-25",
            ["Input.DuringStart"] = "2039-08-31", ["Input.DuringEnd"] = "2039-09-03",
            ["Input.AfterStart"] = "2039-09-02", ["Input.AfterEnd"] = "không phải ngày",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ngày không hợp lệ (dd/MM/yyyy).", html);
        Assert.Contains("value=\"Giữ lại tên này\"", html);

        response = await PostAsync(client, "/Campaigns/Create", new()
        {
            ["Input.Occasion"] = "NationalDay", ["Input.Year"] = "2039",
            ["Input.BeforeStart"] = "2039-08-30", ["Input.BeforeEnd"] = "2039-08-25",
            ["Input.DuringStart"] = "2039-08-31", ["Input.DuringEnd"] = "2039-09-03",
            ["Input.AfterStart"] = "2039-09-02", ["Input.AfterEnd"] = "2039-09-05",
        });
        html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"Input.BeforeEnd\"", html);
        Assert.Contains("ngày kết thúc phải sau hoặc bằng ngày bắt đầu", html);
        Assert.Contains("Giai đoạn sau phải bắt đầu sau khi giai đoạn trong kết thúc.", html);

        response = await PostAsync(client, "/Campaigns/Create", new() { ["Input.Occasion"] = "LunarNewYear", ["Input.Year"] = "2027" });
        Assert.Contains("Đã có chiến dịch Tết Nguyên đán năm 2027.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task ScriptInACustomTitleIsShownAsText()
    {
        var client = await app.SignedInAsync("coordinator");
        var id = (await CreateAsync(client, Body("Custom", 2040, "<script>alert(1)</script>"))).GetProperty("id").GetGuid();
        foreach (var path in new[] { $"/Campaigns/Details/{id}", "/Campaigns?year=2040", $"/Campaigns/Edit/{id}" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert(1)</script>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task ReadOnlyUsersCannotUseTheWritePages()
    {
        var id = await DemoIdAsync();
        var member = await app.SignedInAsync("viettel");
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/Campaigns/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync($"/Campaigns/Edit/{id}")).StatusCode);
        var close = await PostAsync(member, $"/Campaigns/Details/{id}?handler=Close", [], $"/Campaigns/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", close.Headers.Location!.PathAndQuery);
        Assert.Equal(CampaignStatus.Active, (await FindAsync(app, id))!.Status);
    }

    [Fact]
    public async Task PagesSwitchToEnglish()
    {
        var client = await app.SignedInAsync("leader");
        await client.GetAsync("/lang/en?returnUrl=/");
        var html = await client.GetStringAsync($"/Campaigns/Details/{await DemoIdAsync()}");
        Assert.Contains("Countdown", html);
        Assert.Contains(">Letters</h2>", html);
        Assert.Contains(">Issued</span>", html);
        Assert.Contains(">Campaigns</a>", html);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0]);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token))));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields) =>
        PostAsync(client, path, fields.AsEnumerable());
}

public sealed class CampaignPagesTestsOnSqlite(SqliteFixedClockAppFactory app) : CampaignPagesTests(app), IClassFixture<SqliteFixedClockAppFactory>;
