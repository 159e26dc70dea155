using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

/// <summary>The forms as a person uses them: errors beside the fields, input kept, the right fields for the right role.</summary>
public abstract class OrganizationPagesTests(AppFactory app)
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? tokenPath = null)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, tokenPath ?? path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task CreateFormShowsErrorsBesideTheFieldsAndKeepsTheInput()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await PostFormAsync(client, "/Organizations/Create", new()
        {
            ["Input.Name"] = "Đơn vị giữ dữ liệu", ["Input.ShortName"] = "VNPT", ["Input.Kind"] = "Other", ["Input.Email"] = "sai",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Đơn vị giữ dữ liệu", doc.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Contains("đã được dùng", doc.QuerySelector("span[data-valmsg-for='Input.ShortName']")!.TextContent);
        Assert.Contains("Email không đúng định dạng.", doc.QuerySelector("span[data-valmsg-for='Input.Email']")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.Name == "Đơn vị giữ dữ liệu")));
    }

    [Fact]
    public async Task CoordinatorCreatesAnOrganisationThroughTheForm()
    {
        var client = await app.SignedInAsync("coordinator");
        var shortName = OrganizationsTestKit.UniqueShortName("F");
        var response = await PostFormAsync(client, "/Organizations/Create", new()
        {
            ["Input.Name"] = "Đài truyền thanh xã Thử", ["Input.ShortName"] = shortName.ToLowerInvariant(), ["Input.Kind"] = "GrassrootsRadio",
            ["Input.Hotline"] = "0233 3999 321",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.OrgAsync(shortName);
        Assert.Equal((OrganizationKind.GrassrootsRadio, "0233 3999 321"), (stored.Kind, stored.Hotline));
        Assert.Contains("Đài truyền thanh cơ sở", await client.GetStringAsync($"/Organizations/Details/{stored.Id}"));
    }

    [Fact]
    public async Task MemberEditsItsOwnHotlineThroughTheFormAndNameStays()
    {
        var client = await app.SignedInAsync("vnpt");
        var vnptId = await app.OrgIdAsync("VNPT");
        var response = await PostFormAsync(client, $"/Organizations/Edit/{vnptId}", new()
        {
            ["Input.Hotline"] = "0233 3000 102", ["Input.Address"] = "Số 2 Hùng Vương", ["Input.Name"] = "Bị bỏ qua",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.OrgAsync("VNPT");
        Assert.Equal(("VNPT Quảng Trị", "Số 2 Hùng Vương"), (stored.Name, stored.Address));
    }

    [Fact]
    public async Task MemberAddsAPersonOnItsDetailsPageButNotOnAnotherOrganisations()
    {
        var viettelId = await app.OrgIdAsync("VIETTEL");
        var vnptId = await app.OrgIdAsync("VNPT");
        var client = await app.SignedInAsync("viettel");
        var ok = await PostFormAsync(client, $"/Organizations/Details/{viettelId}?handler=AddPerson", new() { ["NewPerson.FullName"] = "Ngô Thị Trang", ["NewPerson.Phone"] = "0233 3888 888" }, $"/Organizations/Details/{viettelId}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains((await app.OrgAsync("VIETTEL")).People, p => p.FullName == "Ngô Thị Trang");

        var missing = await PostFormAsync(client, $"/Organizations/Details/{viettelId}?handler=AddPerson", new() { ["NewPerson.FullName"] = "" }, $"/Organizations/Details/{viettelId}");
        Assert.Contains("Họ và tên là bắt buộc.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));

        var refused = await PostFormAsync(client, $"/Organizations/Details/{vnptId}?handler=AddPerson", new() { ["NewPerson.FullName"] = "Kẻ lạ" }, $"/Organizations/Details/{viettelId}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain((await app.OrgAsync("VNPT")).People, p => p.FullName == "Kẻ lạ");
    }

    [Fact]
    public async Task LeaderSeesNoWriteControlsAndCannotOpenTheForms()
    {
        var client = await app.SignedInAsync("leader");
        var vnptId = await app.OrgIdAsync("VNPT");
        var details = await client.GetStringAsync($"/Organizations/Details/{vnptId}");
        Assert.DoesNotContain("handler=AddPerson", details);
        Assert.DoesNotContain("/Organizations/Edit/", details);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Organizations/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Organizations/Edit/{vnptId}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Organizations/Import")).StatusCode);
    }

    [Fact]
    public async Task PagesAreTranslatedToEnglish()
    {
        var client = await app.SignedInAsync("coordinator");
        await client.GetAsync("/lang/en?returnUrl=/");
        var html = await client.GetStringAsync("/Organizations");
        Assert.Contains("Organisation directory", html);
        Assert.Contains("Telecom operator", html);
        Assert.Contains("Import organisations from CSV", await client.GetStringAsync("/Organizations/Import"));
    }

    [Fact]
    public async Task UnknownOrganisationOrPersonIs404()
    {
        var client = await app.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Details/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Person/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/organizations/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class OrganizationPagesTestsOnSqlite(SqliteAppFactory app) : OrganizationPagesTests(app), IClassFixture<SqliteAppFactory>;
