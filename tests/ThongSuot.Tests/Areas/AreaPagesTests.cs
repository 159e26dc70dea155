using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Areas;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Areas.AreaTestData;

namespace ThongSuot.Tests.Areas;

public abstract class AreaPagesTests(AppFactory app)
{
    private static async Task<HttpResponseMessage> PostImportFormAsync(HttpClient client, string handler, string csv)
    {
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Areas/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(csv), "CsvText" },
        };
        return await client.PostAsync($"/Areas/Import?handler={handler}", form);
    }

    [Fact]
    public async Task ImportPageShowsThePerLineReportAndImportsNothing()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await PostImportFormAsync(client, "Check", Csv("73001,Tốt,xã,44,,", "73002,<b>Xấu</b>,làng,44,,"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"import-errors\"", html);
        Assert.Contains("<td>3</td><td>kind</td>", html);
        Assert.DoesNotContain("<b>Xấu</b>", html.Replace("&lt;b&gt;Xấu&lt;/b&gt;", ""));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "73001")));
    }

    [Fact]
    public async Task ImportPageChecksThenImportsWithCounts()
    {
        var client = await app.SignedInAsync("admin");
        var csv = Csv("73101,Trang Một,xã,44,,", "73102,Trang Hai,phường,44,,");
        var check = WebUtility.HtmlDecode(await (await PostImportFormAsync(client, "Check", csv)).Content.ReadAsStringAsync());
        Assert.Contains("Tệp hợp lệ. Khi nhập sẽ thêm 2 đơn vị", check);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "73101")));

        var done = WebUtility.HtmlDecode(await (await PostImportFormAsync(client, "Import", csv)).Content.ReadAsStringAsync());
        Assert.Contains("Đã nhập xong: thêm 2 đơn vị, cập nhật 0, giữ nguyên 0.", done);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "73101" || a.Code == "73102")));
    }

    [Fact]
    public async Task ImportPageOffersTheSampleFile()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await client.GetAsync("/Areas/Import?handler=Sample");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Cồn Cỏ", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("viettel", "/Areas/Import")]
    [InlineData("leader", "/Areas/Edit")]
    [InlineData("viewer", "/Areas/Import")]
    public async Task OthersAreRefusedTheImportAndEditPages(string userName, string path)
    {
        var client = await app.SignedInAsync(userName);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task EditPageCreatesAUnitAndShowsErrorsBesideFields()
    {
        var client = await app.SignedInAsync("coordinator");
        async Task<HttpResponseMessage> PostAsync(string code, string name, string validFrom)
        {
            var token = await SignIn.AntiforgeryTokenAsync(client, "/Areas/Edit");
            return await client.PostAsync("/Areas/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Code"] = code, ["Input.Name"] = name,
                ["Input.Kind"] = "Commune", ["Input.ProvinceCode"] = "44", ["Input.ValidFrom"] = validFrom, ["Input.ValidTo"] = "",
            }));
        }
        var bad = await PostAsync("12", "Sai Mã", "32/13/2025");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Ngày không hợp lệ; dùng dạng dd/MM/yyyy.", html);
        Assert.Contains("value=\"Sai Mã\"", html);

        var wrongCode = WebUtility.HtmlDecode(await (await PostAsync("12", "Sai Mã", "01/07/2025")).Content.ReadAsStringAsync());
        Assert.Matches("field-validation-error\"[^>]*data-valmsg-for=\"Input.Code\"|data-valmsg-for=\"Input.Code\"[^>]*>Mã đơn vị", wrongCode);

        var ok = await PostAsync("73201", "Trang Sửa", "01/07/2025");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var area = await app.WithDbAsync(db => db.Set<Area>().Include(a => a.Parent).SingleAsync(a => a.Code == "73201"));
        Assert.Equal(("Trang Sửa", "44"), (area.Name, area.Parent!.Code));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/Areas?q=trang%20sua"));
        Assert.Contains("Trang Sửa", list);
        Assert.Contains($"/Areas/Edit/{area.Id}", list);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Areas/Edit/{area.Id}")).StatusCode);
    }

    [Fact]
    public async Task DemoSampleImportsQuangTriCommunesIdempotently()
    {
        async Task<AreaImportReport> SeedAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await AreasDemo.SeedAsync(scope.ServiceProvider.GetRequiredService<AreasService>(), CancellationToken.None);
        }
        var first = await SeedAsync();
        Assert.InRange(first.Created + first.Unchanged, 20, 30);
        var second = await SeedAsync();
        Assert.Equal((0, 0), (second.Created, second.Updated));
        var conCo = await app.WithDbAsync(db => db.Set<Area>().Include(a => a.Parent).SingleAsync(a => a.Code == AreasDemo.ConCoCode));
        Assert.Equal((AreaKind.SpecialZone, "Cồn Cỏ", AreasDemo.ProvinceCode), (conCo.Kind, conCo.Name, conCo.Parent!.Code));
        var english = await app.SignedInAsync("viewer");
        await english.GetAsync("/lang/en?returnUrl=/");
        var html = WebUtility.HtmlDecode(await english.GetStringAsync($"/Areas?province={AreasDemo.ProvinceCode}"));
        Assert.Contains("Special zone", html);
        Assert.Contains("Đồng Hới", html);
    }
}

public sealed class AreaPagesTestsOnSqlite(SqliteAppFactory app) : AreaPagesTests(app), IClassFixture<SqliteAppFactory>;
