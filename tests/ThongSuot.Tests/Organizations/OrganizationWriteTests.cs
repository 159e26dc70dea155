using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

/// <summary>Validation, audit and delete rules of the directory writes.</summary>
public abstract class OrganizationWriteTests(AppFactory app)
{
    private static readonly JsonSerializerOptions Json = OrganizationsTestKit.Json;

    [Fact]
    public async Task DuplicateShortNameIsAFieldErrorNotAServerError()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsJsonAsync("/api/v1/organizations", new { name = "Viettel thứ hai", shortName = "viettel", kind = "TelecomOperator" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.Contains("đã được dùng", errors.GetProperty("shortName")[0].GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Organization>().CountAsync(o => o.ShortName == "VIETTEL")));
    }

    [Fact]
    public async Task ShortNameIsUpperCasedAndMayContainAmpersand()
    {
        var created = await app.CreateOrgAsync(shortName: "bcvt&cntt-" + Guid.NewGuid().ToString("N")[..4]);
        Assert.StartsWith("BCVT&CNTT-", created.ShortName);
    }

    [Fact]
    public async Task InvalidFieldsAreReportedByName()
    {
        var client = await app.SignedInAsync("admin");
        var response = await client.PostAsJsonAsync("/api/v1/organizations", new
        {
            name = new string('x', 301), shortName = "Sở TT", kind = "Bakery", parentId = Guid.NewGuid(),
            phone = "gọi tôi", email = "không-phải-email", hotline = "'; DROP TABLE Organizations; --", areaIds = new[] { Guid.NewGuid() },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        foreach (var field in new[] { "name", "shortName", "kind", "parentId", "phone", "email", "hotline", "areaIds" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.Name.Length > 300)));
    }

    [Fact]
    public async Task BrokenJsonAndWrongTypesGet400()
    {
        var client = await app.SignedInAsync("admin");
        var broken = await client.PostAsync("/api/v1/organizations", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var wrongType = await client.PostAsync("/api/v1/organizations", new StringContent("{\"name\": 5, \"areaIds\": \"x\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/organizations?kind=Nope")).StatusCode);
    }

    [Fact]
    public async Task ParentThatWouldCreateACycleIsRefused()
    {
        var a = await app.CreateOrgAsync();
        var b = await app.CreateOrgAsync(parentId: a.Id);
        var c = await app.CreateOrgAsync(parentId: b.Id);
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PutAsJsonAsync($"/api/v1/organizations/{a.Id}", new { name = a.Name, shortName = a.ShortName, kind = "Other", parentId = c.Id });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("parentId", out _));
        var self = await client.PutAsJsonAsync($"/api/v1/organizations/{a.Id}", new { name = a.Name, shortName = a.ShortName, kind = "Other", parentId = a.Id });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.Id == a.Id).Select(o => o.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task ScriptInANameIsStoredAsTextAndShownEncoded()
    {
        const string name = "<script>alert('x')</script> Công ty & <b>Cổ phần</b>";
        var created = await app.CreateOrgAsync(name: name);
        Assert.Equal(name, (await app.OrgAsync(created.ShortName)).Name);
        var client = await app.SignedInAsync("viewer");
        foreach (var page in new[] { "/Organizations", $"/Organizations/Details/{created.Id}" })
        {
            var html = await client.GetStringAsync(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task CreateUpdateAndDeleteAreAuditedWithBeforeAndAfter()
    {
        var created = await app.CreateOrgAsync(name: "Tổ chức để kiểm toán");
        var client = await app.SignedInAsync("coordinator");
        var put = await client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = "Tổ chức đã đổi tên", shortName = created.ShortName, kind = "Other", hotline = "0233 3999 000" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/organizations/{created.Id}")).StatusCode);

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == nameof(Organization) && e.EntityId == created.Id.ToString()).OrderBy(e => e.At).ToListAsync());
        var create = Assert.Single(audit, e => e.Action == AuditAction.Create);
        Assert.Contains("Tổ chức để kiểm toán", JsonDocument.Parse(create.After!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("coordinator", create.UserName);
        var update = Assert.Single(audit, e => e.Action == AuditAction.Update);
        Assert.Equal("Tổ chức để kiểm toán", JsonDocument.Parse(update.Before!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Tổ chức đã đổi tên", JsonDocument.Parse(update.After!).RootElement.GetProperty("Name").GetString());
        var delete = Assert.Single(audit, e => e.Action == AuditAction.Delete);
        Assert.NotNull(delete.Before);
        Assert.Null(delete.After);
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.Id == created.Id)));
    }

    [Fact]
    public async Task OrganisationInUseCannotBeDeleted()
    {
        var client = await app.SignedInAsync("admin");
        var vnptId = await app.OrgIdAsync("VNPT");
        var response = await client.DeleteAsync($"/api/v1/organizations/{vnptId}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Không thể xóa", (await response.ProblemAsync()).GetProperty("title").GetString());

        var parent = await app.CreateOrgAsync();
        await app.CreateOrgAsync(parentId: parent.Id);
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/organizations/{parent.Id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.Id == parent.Id)));

        var withKey = await app.CreateOrgAsync();
        await app.WithDbAsync(async db =>
        {
            db.Add(new ApiKey { Name = "NOC", Prefix = "ts_x", KeyHash = Guid.NewGuid().ToString("N"), OrganizationId = withKey.Id, Role = Roles.Member });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/organizations/{withKey.Id}")).StatusCode);
    }

    [Fact]
    public async Task AreasServedAreSavedAndFilterTheList()
    {
        var areaId = await app.WithDbAsync(async db =>
        {
            var area = new Area { Code = "T" + Random.Shared.Next(100000, 999999), Name = "Phường Thử Nghiệm", Kind = AreaKind.Ward };
            db.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });
        var created = await app.CreateOrgAsync();
        var client = await app.SignedInAsync("coordinator");
        var put = await client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = created.Name, shortName = created.ShortName, kind = "Other", areaIds = new[] { areaId } });
        var updated = (await put.Content.ReadFromJsonAsync<OrganizationDto>(Json))!;
        Assert.Equal("Phường Thử Nghiệm", Assert.Single(updated.Areas).Name);
        var list = await client.GetFromJsonAsync<List<OrganizationDto>>($"/api/v1/organizations?areaId={areaId}", Json);
        Assert.Equal(created.Id, Assert.Single(list!).Id);
        Assert.Contains("Phường Thử Nghiệm", await client.GetStringAsync($"/Organizations/Edit/{created.Id}"));
    }

    [Fact]
    public async Task SearchIgnoresDiacriticsAndFiltersByKind()
    {
        var client = await app.SignedInAsync("viettel");
        var found = await client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?q=khoa%20hoc%20va%20cong%20nghe", Json);
        Assert.Contains(found!, o => o.ShortName == "SKHCN");
        var telecoms = await client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?kind=TelecomOperator", Json);
        Assert.All(telecoms!, o => Assert.Equal(OrganizationKind.TelecomOperator, o.Kind));
        var page = await client.GetStringAsync("/Organizations?q=quang%20tri&kind=TelecomOperator");
        Assert.Contains("VNPT Quảng Trị", page);
        Assert.DoesNotContain("Sở Khoa học và Công nghệ tỉnh Quảng Trị", page);
    }

    [Fact]
    public async Task DemoOrganisationsAreSeededOnceWithPeople()
    {
        // The first start seeded the demo; seeding again adds nothing.
        Assert.Equal(0, await app.WithDbAsync(db => OrganizationsDemo.SeedAsync(db, CancellationToken.None)));
        var orgs = await app.WithDbAsync(db => db.Set<Organization>().AsNoTracking().Include(o => o.People).Include(o => o.Areas).ToListAsync());
        Assert.InRange(orgs.Count(o => o.People.Count > 0), 18, 30);
        Assert.NotEmpty(orgs.Single(o => o.ShortName == "UBND-DONGHOI").Areas);
        foreach (var shortName in new[] { "SKHCN", "VIETTEL", "VNPT", "UBND", "CAT", "MOBIFONE", "UBND-CONCO", "DTT-DONGHOI" })
        {
            var org = Assert.Single(orgs, o => o.ShortName == shortName);
            Assert.InRange(org.People.Count, 1, 3);
        }
        Assert.Equal(await app.OrgIdAsync("UBND-DONGHOI"), orgs.Single(o => o.ShortName == "DTT-DONGHOI").ParentId);
    }
}

public sealed class OrganizationWriteTestsOnSqlite(OwnSqliteAppFactory app) : OrganizationWriteTests(app), IClassFixture<OwnSqliteAppFactory>;
