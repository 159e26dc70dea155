using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThongSuot.Features.Audit;
using ThongSuot.Features.KeySites;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.KeySites.KeySitesTestData;

namespace ThongSuot.Tests.KeySites;

public abstract partial class KeySitesPagesTests(AppFactory app)
{
    [Theory]
    [InlineData("viettel")]
    [InlineData("viewer")]
    public async Task ReadOnlyUserSeesListAndMapWithoutChangeButtons(string userName)
    {
        await AddSiteAsync(app, "Chợ Đông Hà thử", KeySiteKind.CrowdedPlace);
        var client = await app.SignedInAsync(userName);

        var list = await client.GetStringAsync("/KeySites");
        Assert.Contains("Chợ Đông Hà thử", list);
        Assert.Contains("Nơi tập trung đông người", list);
        Assert.Contains("href=\"/KeySites/Map", list);
        Assert.DoesNotContain("/KeySites/Create", list);
        Assert.DoesNotContain("/KeySites/Edit/", list);
        Assert.DoesNotContain("handler=Delete", list);

        var map = await client.GetStringAsync("/KeySites/Map");
        Assert.Contains("id=\"keysites-map\"", map);
        Assert.Contains("Chợ Đông Hà thử", EmbeddedSiteNames(map));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/KeySites/Create")).StatusCode);
    }

    [Fact]
    public async Task CoordinatorSeesChangeButtonsAndEverySiteOnTheMap()
    {
        var withCoords = await AddSiteAsync(app, "Thành cổ thử", KeySiteKind.RelicScenicSite, 16.7507, 107.1889);
        await AddSiteAsync(app, "Điểm chưa định vị thử", KeySiteKind.Other, null, null);
        var client = await app.SignedInAsync("coordinator");

        var list = await client.GetStringAsync("/KeySites");
        Assert.Contains("href=\"/KeySites/Create\"", list);
        Assert.Contains($"/KeySites/Edit/{withCoords}", list);
        Assert.Contains("16.7507, 107.1889", list);
        Assert.Contains("Di tích, danh lam thắng cảnh", list);

        var map = await client.GetStringAsync("/KeySites/Map");
        var names = EmbeddedSiteNames(map);
        Assert.Contains("Thành cổ thử", names);
        Assert.DoesNotContain("Điểm chưa định vị thử", names);
        Assert.Contains("Điểm chưa định vị thử", map); // still listed beside the map
        Assert.Contains($"data-site-id=\"{withCoords}\"", map);
        Assert.Contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"", map);
        Assert.Contains("data-center-lat=\"16.8\"", map);
        Assert.Contains("/lib/leaflet/leaflet.js", map);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/KeySites/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/KeySites/Edit/{withCoords}")).StatusCode);
        Assert.Contains("Thành cổ thử", await client.GetStringAsync($"/KeySites/Details/{withCoords}"));
    }

    [Fact]
    public async Task ScriptInASiteNameIsShownAsTextInListAndMap()
    {
        await AddSiteAsync(app, "<script>alert(1)</script>");
        var client = await app.SignedInAsync("coordinator");

        var list = await client.GetStringAsync("/KeySites");
        Assert.DoesNotContain("<script>alert(1)</script>", list);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", list);

        var map = await client.GetStringAsync("/KeySites/Map");
        Assert.DoesNotContain("<script>alert(1)</script>", map);
        Assert.Contains("<script>alert(1)</script>", EmbeddedSiteNames(map));
    }

    [Fact]
    public async Task CoordinatorCreatesASiteThroughTheFormWithCommaDecimals()
    {
        var client = await app.SignedInAsync("coordinator");
        var areaId = await AddAreaAsync(app, "Phường Đồng Hới thử");
        var response = await PostFormAsync(client, "/KeySites/Create", new()
        {
            ["Input.Name"] = "Trụ sở thử qua form", ["Input.Kind"] = "PartyStateHq", ["Input.AreaId"] = areaId.ToString(),
            ["Input.Address"] = "Đồng Hới", ["Input.Latitude"] = "17,4683", ["Input.Longitude"] = "106.6222",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var stored = await FindAsync(app, id);
        Assert.Equal(17.4683, stored!.Latitude);
        Assert.Equal(106.6222, stored.Longitude);
        Assert.Equal(areaId, stored.AreaId);
        Assert.Equal([AuditAction.Create], await AuditActionsAsync(app, id));
    }

    [Fact]
    public async Task FormShowsErrorsBesideFieldsKeepsInputAndWritesNothing()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountAsync(app);
        var response = await PostFormAsync(client, "/KeySites/Create", new()
        {
            ["Input.Name"] = "Giữ lại tên này", ["Input.Kind"] = "Volcano", ["Input.Latitude"] = "abc", ["Input.Longitude"] = "107",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vĩ độ phải là số", html);
        Assert.Contains("value=\"Giữ lại tên này\"", html);

        response = await PostFormAsync(client, "/KeySites/Create", new()
        {
            ["Input.Name"] = "", ["Input.Kind"] = "Volcano", ["Input.Latitude"] = "48.85", ["Input.Longitude"] = "2.35",
        });
        html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"Input.Name\"", html);
        Assert.Contains("Tên điểm là bắt buộc.", html);
        Assert.Contains("Loại điểm trọng yếu không hợp lệ.", html);
        Assert.Contains("nằm ngoài lãnh thổ Việt Nam", html);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task CoordinatorEditsAndDeletesThroughThePages()
    {
        var id = await AddSiteAsync(app, "Sửa qua form thử");
        var client = await app.SignedInAsync("coordinator");
        var edited = await PostFormAsync(client, $"/KeySites/Edit/{id}", new()
        {
            ["Input.Name"] = "Đã sửa qua form", ["Input.Kind"] = "FestivalSite", ["Input.Latitude"] = "", ["Input.Longitude"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = await FindAsync(app, id);
        Assert.Equal("Đã sửa qua form", stored!.Name);
        Assert.Null(stored.Latitude);

        var deleted = await PostFormAsync(client, $"/KeySites/Edit/{id}?handler=Delete", [], tokenFrom: $"/KeySites/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindAsync(app, id));
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], await AuditActionsAsync(app, id));
    }

    [Fact]
    public async Task MemberCannotPostTheFormsOrDeleteFromTheList()
    {
        var id = await AddSiteAsync(app, "Thành viên không xóa được");
        var member = await app.SignedInAsync("viettel");
        var token = await SignIn.AntiforgeryTokenAsync(member, "/KeySites");

        var delete = await member.PostAsync($"/KeySites?handler=Delete&id={id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", delete.Headers.Location!.PathAndQuery);
        var edit = await member.PostAsync($"/KeySites/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "x", ["Input.Kind"] = "Other",
        }));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", edit.Headers.Location!.PathAndQuery);
        Assert.Equal("Thành viên không xóa được", (await FindAsync(app, id))!.Name);
    }

    [Fact]
    public async Task PagesSwitchToEnglish()
    {
        await AddSiteAsync(app, "English switch test", KeySiteKind.BorderGate);
        var client = await app.SignedInAsync("coordinator");
        var list = await client.GetStringAsync("/KeySites?culture=en-US");
        Assert.Contains("<h1 class=\"h3 mb-0 me-auto\">Key sites</h1>", list);
        Assert.Contains("Border gate", list);
        Assert.Contains("Add key site", list);
        var map = await client.GetStringAsync("/KeySites/Map?culture=en-US");
        Assert.Contains("Key sites map", map);
        Assert.Contains("View as list", map);
        var create = await client.GetStringAsync("/KeySites/Create?culture=en-US");
        Assert.Contains("Map to pick coordinates", create);
        Assert.Contains("Latitude", create);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, tokenFrom ?? path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The site names in the map page's JSON block, decoded as the browser's JSON.parse would.</summary>
    internal static List<string> EmbeddedSiteNames(string html)
    {
        var match = SitesJson().Match(html);
        Assert.True(match.Success, "The map page has no embedded sites JSON.");
        using var doc = JsonDocument.Parse(match.Groups[1].Value);
        return doc.RootElement.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"keysites-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SitesJson();
}

public sealed class KeySitesPagesTestsOnSqlite(OwnSqliteAppFactory app) : KeySitesPagesTests(app), IClassFixture<OwnSqliteAppFactory>;
