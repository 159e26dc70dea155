using System.Net;
using System.Net.Http.Json;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

/// <summary>Who may read and change which organisation's data, by API and by page URL.</summary>
public abstract class OrganizationAccessTests(AppFactory app)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = OrganizationsTestKit.Json;

    [Theory]
    [InlineData("admin")]
    [InlineData("coordinator")]
    [InlineData("leader")]
    [InlineData("viewer")]
    [InlineData("viettel")]
    [InlineData("vnpt")]
    public async Task EveryRoleReadsThePublicDirectory(string user)
    {
        var client = await app.SignedInAsync(user);
        var list = await client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations", Json);
        var vnpt = Assert.Single(list!, o => o.ShortName == "VNPT");
        Assert.Equal("0233 3000 102", vnpt.Hotline);
        var html = await client.GetStringAsync("/Organizations");
        Assert.Contains("VNPT Quảng Trị", html);
        Assert.Contains("href=\"tel:02333000102\"", html);
        var one = await client.GetFromJsonAsync<OrganizationDto>($"/api/v1/organizations/{vnpt.Id}", Json);
        Assert.Equal(OrganizationKind.TelecomOperator, one!.Kind);
    }

    [Fact]
    public async Task MemberOfAnotherOrganisationCannotSeeItsPeopleByApi()
    {
        var personId = await app.AddPersonAsync("VNPT", "Nguyễn Văn Bí Mật");
        var vnptId = await app.OrgIdAsync("VNPT");
        var viettel = await app.SignedInAsync("viettel");
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.GetAsync($"/api/v1/organizations/{vnptId}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.GetAsync($"/api/v1/people/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.PutAsJsonAsync($"/api/v1/people/{personId}", new { fullName = "Đổi tên" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.DeleteAsync($"/api/v1/people/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.PostAsJsonAsync($"/api/v1/organizations/{vnptId}/people", new { fullName = "Người lạ" })).StatusCode);
        var stored = await app.OrgAsync("VNPT");
        Assert.Contains(stored.People, p => p.Id == personId && p.FullName == "Nguyễn Văn Bí Mật");
        Assert.DoesNotContain(stored.People, p => p.FullName == "Người lạ");
    }

    [Fact]
    public async Task MemberOfAnotherOrganisationCannotSeeItsPeopleByPage()
    {
        var personId = await app.AddPersonAsync("VNPT", "Trần Thị Riêng Tư");
        var vnptId = await app.OrgIdAsync("VNPT");
        var viettel = await app.SignedInAsync("viettel");
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.GetAsync($"/Organizations/Person/{personId}")).StatusCode);
        var details = await viettel.GetStringAsync($"/Organizations/Details/{vnptId}");
        Assert.Contains("VNPT Quảng Trị", details);
        Assert.DoesNotContain("Trần Thị Riêng Tư", details);

        var vnpt = await app.SignedInAsync("vnpt");
        Assert.Contains("Trần Thị Riêng Tư", await vnpt.GetStringAsync($"/Organizations/Details/{vnptId}"));
        Assert.Equal(HttpStatusCode.OK, (await vnpt.GetAsync($"/Organizations/Person/{personId}")).StatusCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("coordinator")]
    [InlineData("leader")]
    [InlineData("viewer")]
    [InlineData("vnpt")]
    public async Task ProvinceWideRolesAndTheOrganisationItselfSeeItsPeople(string user)
    {
        var personId = await app.AddPersonAsync("VNPT", "Lê Văn Hiển Thị");
        var client = await app.SignedInAsync(user);
        var people = await client.GetFromJsonAsync<List<PersonDto>>($"/api/v1/organizations/{await app.OrgIdAsync("VNPT")}/people", Json);
        Assert.Contains(people!, p => p.Id == personId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/people/{personId}")).StatusCode);
    }

    [Fact]
    public async Task MemberCannotChangeAnotherOrganisation()
    {
        var vnptId = await app.OrgIdAsync("VNPT");
        var viettel = await app.SignedInAsync("viettel");
        var put = await viettel.PutAsJsonAsync($"/api/v1/organizations/{vnptId}", new { hotline = "0233 3111 111" });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.GetAsync($"/Organizations/Edit/{vnptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.DeleteAsync($"/api/v1/organizations/{vnptId}")).StatusCode);
        Assert.Equal("0233 3000 102", (await app.OrgAsync("VNPT")).Hotline);
    }

    [Fact]
    public async Task MemberEditsItsOwnContactFieldsButNotItsNameShortNameOrKind()
    {
        var viettelId = await app.OrgIdAsync("VIETTEL");
        var client = await app.SignedInAsync("viettel");
        var ok = await client.PutAsJsonAsync($"/api/v1/organizations/{viettelId}", new { hotline = "0233 3555 118", email = "noc@viettel.example", address = "Đông Hà" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stored = await app.OrgAsync("VIETTEL");
        Assert.Equal(("0233 3555 118", "noc@viettel.example", "VIETTEL", "Viettel Quảng Trị"), (stored.Hotline, stored.Email, stored.ShortName, stored.Name));

        foreach (var change in new object[] { new { name = "Viettel mới" }, new { shortName = "VTL" }, new { kind = "Police" } })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/organizations/{viettelId}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/organizations", new { name = "X", shortName = "XYZ", kind = "Other" })).StatusCode);
        stored = await app.OrgAsync("VIETTEL");
        Assert.Equal(("VIETTEL", "Viettel Quảng Trị", OrganizationKind.TelecomOperator), (stored.ShortName, stored.Name, stored.Kind));

        var edit = await client.GetStringAsync($"/Organizations/Edit/{viettelId}");
        Assert.DoesNotContain("name=\"Input.ShortName\"", edit);
        Assert.Contains("name=\"Input.Hotline\"", edit);
    }

    [Fact]
    public async Task MemberManagesItsOwnPeople()
    {
        var client = await app.SignedInAsync("viettel");
        var viettelId = await app.OrgIdAsync("VIETTEL");
        var created = await client.PostAsJsonAsync($"/api/v1/organizations/{viettelId}/people", new { fullName = "Đỗ Văn Trực", title = "Trực ca", phone = "0233 3777 001" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = (await created.Content.ReadFromJsonAsync<PersonDto>(Json))!;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/people/{person.Id}", new { fullName = "Đỗ Văn Trực Ca" })).StatusCode);
        Assert.Contains((await app.OrgAsync("VIETTEL")).People, p => p.FullName == "Đỗ Văn Trực Ca");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/people/{person.Id}")).StatusCode);
        Assert.DoesNotContain((await app.OrgAsync("VIETTEL")).People, p => p.Id == person.Id);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("viewer")]
    public async Task LeaderAndViewerCannotWrite(string user)
    {
        var client = await app.SignedInAsync(user);
        var vnptId = await app.OrgIdAsync("VNPT");
        var personId = await app.AddPersonAsync("VNPT", "Phạm Văn Chỉ Đọc");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/organizations", new { name = "X", shortName = OrganizationsTestKit.UniqueShortName(), kind = "Other" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/organizations/{vnptId}", new { hotline = "0233 3222 222" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/organizations/{vnptId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/organizations/{vnptId}/people", new { fullName = "Ai đó" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/people/{personId}", new { fullName = "Ai đó" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/people/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/organizations/import", new StringContent("short_name\n", System.Text.Encoding.UTF8, "text/csv"))).StatusCode);
        var stored = await app.OrgAsync("VNPT");
        Assert.Equal("0233 3000 102", stored.Hotline);
        Assert.Contains(stored.People, p => p.Id == personId && p.FullName == "Phạm Văn Chỉ Đọc");
    }
}

public sealed class OrganizationAccessTestsOnSqlite(SqliteAppFactory app) : OrganizationAccessTests(app), IClassFixture<SqliteAppFactory>;
