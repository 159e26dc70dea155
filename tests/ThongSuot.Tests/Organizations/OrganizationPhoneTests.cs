using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

/// <summary>Directory and contact phones: refused by field name when they are no phone number, stored in their national form.</summary>
public abstract class OrganizationPhoneTests(AppFactory app)
{
    private const string CsvHeader = "short_name,name,kind,parent_short_name,phone,email,hotline,address,area_codes";

    private static object NewOrg(string shortName, string? phone = null, string? hotline = null) =>
        new { name = "Tổ chức thử số điện thoại", shortName, kind = "Other", phone, hotline };

    [Fact]
    public async Task ABadHotlineIsRefusedByFieldNameInVietnamese()
    {
        var client = await app.SignedInAsync("coordinator");
        var shortName = OrganizationsTestKit.UniqueShortName("PH");
        var response = await client.PostAsJsonAsync("/api/v1/organizations", NewOrg(shortName, phone: "0233 3000 001", hotline: "0912 345 6789"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.StartsWith("Số điện thoại không hợp lệ: ", errors.GetProperty("hotline")[0].GetString());
        Assert.False(errors.TryGetProperty("phone", out _));
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.ShortName == shortName)));
    }

    [Fact]
    public async Task ABadHotlineIsExplainedInEnglishWhenEnglishIsChosen()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsJsonAsync("/api/v1/organizations?culture=en-US", NewOrg(OrganizationsTestKit.UniqueShortName("PH"), hotline: "0912 345 6789"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("hotline")[0].GetString();
        Assert.StartsWith("Invalid phone number: not a Vietnamese fixed line", message);
    }

    [Fact]
    public async Task GoodNumbersAreStoredInTheirNationalForm()
    {
        var client = await app.SignedInAsync("coordinator");
        var shortName = OrganizationsTestKit.UniqueShortName("PH");
        var created = await client.PostAsJsonAsync("/api/v1/organizations", NewOrg(shortName, phone: "+84 912.345.678", hotline: "1800-0000"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = (await created.Content.ReadFromJsonAsync<OrganizationDto>(OrganizationsTestKit.Json))!;
        Assert.Equal(("0912 345 678", "1800 0000"), (dto.Phone, dto.Hotline));

        var changed = await client.PutAsJsonAsync($"/api/v1/organizations/{dto.Id}", NewOrg(shortName, phone: "(0233) 3000.555", hotline: "113"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stored = await app.OrgAsync(shortName);
        Assert.Equal(("0233 3000 555", "113"), (stored.Phone, stored.Hotline));
    }

    [Fact]
    public async Task AContactPersonsPhoneIsCheckedAndNormalisedToo()
    {
        var org = await app.CreateOrgAsync();
        var client = await app.SignedInAsync("coordinator");
        var bad = await client.PostAsJsonAsync($"/api/v1/organizations/{org.Id}/people", new { fullName = "Trần Văn Số", phone = "0912 345 678 máy lẻ 12" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("Số điện thoại không hợp lệ: ", (await bad.ProblemAsync()).GetProperty("errors").GetProperty("phone")[0].GetString());

        var good = await client.PostAsJsonAsync($"/api/v1/organizations/{org.Id}/people", new { fullName = "Trần Văn Số", phone = "0912.000.111" });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal("0912 000 111", (await good.Content.ReadFromJsonAsync<PersonDto>(OrganizationsTestKit.Json))!.Phone);
    }

    [Fact]
    public async Task ACsvLineWithABadPhoneIsALineErrorAndNothingIsWritten()
    {
        var good = OrganizationsTestKit.UniqueShortName("G");
        var bad = OrganizationsTestKit.UniqueShortName("B");
        var text = $"{CsvHeader}\n{good},Đơn vị số đúng,Other,,+84 912 000 222,,1900 0000,,\n{bad},Đơn vị số sai,Other,,0912 345 6789,,gọi 113,,\n";
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsync("/api/v1/organizations/import", new StringContent(text, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lines = (await response.ProblemAsync()).GetProperty("lines").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal([(3, "hotline"), (3, "phone")], lines.Select(l => (l.Line, l.Column)).Order());
        Assert.All(lines, l => Assert.StartsWith("Số điện thoại không hợp lệ: ", l.Message));
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.ShortName == good || o.ShortName == bad)));

        var fixedFile = $"{CsvHeader}\n{good},Đơn vị số đúng,Other,,+84 912 000 222,,1900 0000,,\n";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/organizations/import", new StringContent(fixedFile, Encoding.UTF8, "text/csv"))).StatusCode);
        var stored = await app.OrgAsync(good);
        Assert.Equal(("0912 000 222", "1900 0000"), (stored.Phone, stored.Hotline));
    }

    [Fact]
    public async Task TheFormShowsTheMessageBesideTheHotlineAndKeepsWhatWasTyped()
    {
        var client = await app.SignedInAsync("coordinator");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Đơn vị số sai", ["Input.ShortName"] = OrganizationsTestKit.UniqueShortName("F"), ["Input.Kind"] = "Other",
            ["Input.Hotline"] = "0233 3OOO 001",
            ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, "/Organizations/Create"),
        };
        var response = await client.PostAsync("/Organizations/Create", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("0233 3OOO 001", doc.QuerySelector("input[name='Input.Hotline']")!.GetAttribute("value"));
        Assert.StartsWith("Số điện thoại không hợp lệ: ", doc.QuerySelector("span[data-valmsg-for='Input.Hotline']")!.TextContent);
    }

    [Fact]
    public async Task DemoPhonesAreValidAndAlreadyInTheirStoredForm()
    {
        var phones = await app.WithDbAsync(async db =>
            (await db.Set<Organization>().Select(o => new[] { o.Phone, o.Hotline }).ToListAsync()).SelectMany(p => p)
            .Concat(await db.Set<Person>().Select(p => p.Phone).ToListAsync())
            .Concat(await db.Set<DutyShift>().Select(s => s.Phone).Distinct().ToListAsync())
            .OfType<string>().Distinct().ToList());
        Assert.NotEmpty(phones);
        Assert.All(phones, phone => Assert.Equal(phone, PhoneNumberParser.Parse(phone).Display));
    }
}

public sealed class OrganizationPhoneTestsOnSqlite(SqliteAppFactory app) : OrganizationPhoneTests(app), IClassFixture<SqliteAppFactory>;
