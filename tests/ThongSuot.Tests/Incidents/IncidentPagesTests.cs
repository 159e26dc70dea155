using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class IncidentPagesTests(AppFactory app)
{
    [Fact]
    public async Task ThePhoneLogSavesACallAsAPhoneIncidentAndComesBackEmptyWithTheNumber()
    {
        var client = await app.SignedInAsync("coordinator");
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Incidents/Phone");
        var response = await client.PostAsync("/Incidents/Phone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Người dân báo mất sóng di động ở Cửa Tùng", ["Input.Type"] = "MobileDataOutage", ["Input.Severity"] = "2",
            ["Input.ReporterName"] = "Người Gọi Thử", ["Input.ReporterPhone"] = "0900 333 444", ["Input.StartedAt"] = "2026-11-20T21:15",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Incidents/Phone", response.Headers.Location?.OriginalString);
        var stored = await app.WithDbAsync(db => db.Set<Incident>().AsNoTracking().FirstAsync(i => i.Title == "Người dân báo mất sóng di động ở Cửa Tùng"));
        Assert.Equal(IncidentChannel.Phone, stored.Channel);
        Assert.Equal(new DateTime(2026, 11, 20, 14, 15, 0, DateTimeKind.Utc), stored.StartedAt);
        var page = await client.GetStringAsync("/Incidents/Phone");
        Assert.Contains(stored.Number, page);
        // Ready for the next call: the title field, not just any element, has the focus, and it is empty again.
        var title = Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("[autofocus]"));
        Assert.Equal("Input.Title", title.GetAttribute("name"));
        Assert.True(string.IsNullOrEmpty(title.GetAttribute("value")), title.OuterHtml);
        Assert.DoesNotContain("Người dân báo mất sóng", page);
    }

    [Fact]
    public async Task TheWebFormShowsErrorsBesideTheFieldsKeepsWhatWasTypedAndEncodesIt()
    {
        var client = await app.SignedInAsync("viettel");
        var before = await CountAsync<Incident>(app);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Incidents/Create");
        var response = await client.PostAsync("/Incidents/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "<script>alert('x')</script> mất sóng", ["Input.Type"] = "", ["Input.Severity"] = "2",
            ["Input.Latitude"] = "abc", ["Input.Longitude"] = "107", ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vĩ độ phải là số.", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; mất sóng", html);
        Assert.Equal(before, await CountAsync<Incident>(app));
    }

    [Fact]
    public async Task TheDetailsPageShowsTheTimelineAndAStaleFormGets409WithAClearMessage()
    {
        var client = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(client, Body("Sự cố trang chi tiết"));
        var url = $"/Incidents/Details/{incident.Id()}";
        var html = await client.GetStringAsync(url);
        Assert.Contains("Sự cố trang chi tiết", html);
        Assert.Contains("Tiếp nhận qua kênh API", html);
        var token = await SignIn.AntiforgeryTokenAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, (await StatusAsync(client, incident.Id(), "Acknowledged", incident.Revision())).StatusCode);

        var stale = await client.PostAsync(url + "?handler=Status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["status"] = "Cancelled", ["revision"] = incident.Revision().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Note"] = "Ghi chú không được mất", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var body = await stale.Content.ReadAsStringAsync();
        Assert.Contains("vừa được người khác cập nhật", body);
        Assert.Contains("Ghi chú không được mất", body);
        Assert.Equal(IncidentStatus.Acknowledged, (await FindAsync(app, incident.Id()))!.Status);
    }

    [Fact]
    public async Task ACoordinatorEditsASeverityAndAddsATypeAndAMemberCannot()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var edited = await coordinator.PutAsJsonAsync("/api/v1/incidents/severities/4", new { name = "Thấp", meaning = "Ảnh hưởng nhỏ", acknowledgeMinutes = 90, restoreMinutes = 2880 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(90, (await app.WithDbAsync(db => db.Set<IncidentSeverity>().AsNoTracking().FirstAsync(s => s.Level == 4))).AcknowledgeMinutes);
        var added = await coordinator.PostAsJsonAsync("/api/v1/incidents/types", new { code = "SatelliteOutage", name = "Mất kết nối vệ tinh" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var types = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/incidents/types");
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "Mất kết nối vệ tinh");
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "Trộm cắp cáp");
        var member = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync("/api/v1/incidents/severities/4", new { name = "x", meaning = "y", acknowledgeMinutes = 1, restoreMinutes = 2 })).StatusCode);
    }

    [Fact]
    public async Task TheListPageFiltersAndPagesAndAMemberSeesOnlyItsOwn()
    {
        var admin = await app.SignedInAsync("admin");
        var html = await admin.GetStringAsync("/Incidents?status=Responding");
        Assert.Contains("Đứt cáp quang tuyến Đông Hà – Cam Lộ", html);
        Assert.DoesNotContain("Tin nhắn rác giả danh chúc Tết", html);
        var mobifoneOnly = await admin.GetStringAsync("/Incidents?type=PowerLoss");
        Assert.Contains("Mất điện lưới 3 trạm BTS khu vực Lao Bảo", mobifoneOnly);
        var vnpt = await app.SignedInAsync("vnpt");
        var own = await vnpt.GetStringAsync("/Incidents");
        Assert.Contains("Đứt cáp quang tuyến Đông Hà – Cam Lộ", own);
        Assert.DoesNotContain("Mất điện lưới 3 trạm BTS khu vực Lao Bảo", own);
        // A filter value that means nothing is said so in the page's alert, beside the filters, instead of a list filtered by a guess.
        var badFilter = await vnpt.GetAsync("/Incidents?page=2&severity=nope");
        Assert.Equal(HttpStatusCode.OK, badFilter.StatusCode);
        var alert = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await badFilter.Content.ReadAsStringAsync()).QuerySelector("[role=alert].text-danger");
        Assert.Equal("Mức độ phải từ 1 đến 4.", alert?.TextContent.Trim());
    }
}

public sealed class IncidentPagesTestsOnSqlite(OwnSqliteAppFactory app) : IncidentPagesTests(app), IClassFixture<OwnSqliteAppFactory>;
