using System.Net;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Incidents;

public abstract class CatalogPageTests(AppFactory app)
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, "/Incidents/Catalog");
        return await client.PostAsync($"/Incidents/Catalog?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Task<IncidentType?> TypeAsync(string code) => app.WithDbAsync(db => db.Set<IncidentType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code));
    private Task<IncidentSeverity> SeverityAsync(int level) => app.WithDbAsync(db => db.Set<IncidentSeverity>().AsNoTracking().FirstAsync(s => s.Level == level));

    [Fact]
    public async Task ACoordinatorAddsRenamesReordersAndRetiresATypeAndEachChangeIsAudited()
    {
        var client = await app.SignedInAsync("coordinator");
        var added = await PostAsync(client, "AddType", new() { ["code"] = "FloodDamage", ["name"] = "Hư hỏng do lũ lụt", ["sortOrder"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(("Hư hỏng do lũ lụt", 5, true), await TypeAsync("FloodDamage") is { } t ? (t.Name, t.SortOrder, t.IsActive) : default);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "SaveType", new() { ["code"] = "FloodDamage", ["name"] = "Hư hỏng do bão, lũ", ["sortOrder"] = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Active", new() { ["code"] = "FloodDamage", ["active"] = "false" })).StatusCode);
        var type = await TypeAsync("FloodDamage");
        Assert.Equal(("Hư hỏng do bão, lũ", 1, false), (type!.Name, type.SortOrder, type.IsActive));

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(IncidentType) && a.EntityId == "FloodDamage").OrderBy(a => a.At).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Update], audit.Select(a => a.Action).ToArray());
        Assert.All(audit, a => Assert.Equal("coordinator", a.UserName));
        var html = await client.GetStringAsync("/Incidents/Catalog");
        Assert.Contains("Hư hỏng do bão, lũ", html);
        Assert.Contains("Đã ngừng dùng loại sự cố.", html);
    }

    [Fact]
    public async Task AnAdminEditsASeverityAndItsSlaMinutes()
    {
        var client = await app.SignedInAsync("admin");
        var response = await PostAsync(client, "SaveSeverity", new()
        {
            ["level"] = "3", ["name"] = "Trung bình", ["meaning"] = "Suy giảm chất lượng cục bộ", ["acknowledgeMinutes"] = "20", ["restoreMinutes"] = "360",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var s = await SeverityAsync(3);
        Assert.Equal(("Suy giảm chất lượng cục bộ", 20, 360), (s.Meaning, s.AcknowledgeMinutes, s.RestoreMinutes));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(IncidentSeverity) && a.EntityId == "3" && a.Action == AuditAction.Update)));
    }

    [Fact]
    public async Task BadInputComesBackBesideTheFieldsKeepsWhatWasTypedAndSavesNothing()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await SeverityAsync(2);
        var auditBefore = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        var severity = await PostAsync(client, "SaveSeverity", new()
        {
            ["level"] = "2", ["name"] = "", ["meaning"] = "<script>alert(1)</script>", ["acknowledgeMinutes"] = "-5", ["restoreMinutes"] = "abc",
        });
        Assert.Equal(HttpStatusCode.BadRequest, severity.StatusCode);
        var html = await severity.Content.ReadAsStringAsync();
        Assert.Contains("Phải là số nguyên.", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("value=\"-5\"", html);
        Assert.Equal((before.Name, before.AcknowledgeMinutes, before.RestoreMinutes), (await SeverityAsync(2)) is var s ? (s.Name, s.AcknowledgeMinutes, s.RestoreMinutes) : default);

        var negative = await PostAsync(client, "SaveSeverity", new()
        {
            ["level"] = "2", ["name"] = "", ["meaning"] = "Ý nghĩa", ["acknowledgeMinutes"] = "-5", ["restoreMinutes"] = "60",
        });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        var negativeHtml = await negative.Content.ReadAsStringAsync();
        Assert.Contains("Tên mức độ là bắt buộc.", negativeHtml);
        Assert.Contains("Thời hạn tiếp nhận phải từ 1 đến 10080 phút.", negativeHtml);

        var emptyName = await PostAsync(client, "AddType", new() { ["code"] = "EmptyName", ["name"] = "  ", ["sortOrder"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, emptyName.StatusCode);
        var typeHtml = await emptyName.Content.ReadAsStringAsync();
        Assert.Contains("value=\"EmptyName\"", typeHtml);
        Assert.Contains("Phải là số nguyên.", typeHtml);
        var badCode = await PostAsync(client, "AddType", new() { ["code"] = "mã có dấu", ["name"] = "Tên", ["sortOrder"] = "" });
        Assert.Contains("Mã chỉ gồm chữ cái không dấu", await badCode.Content.ReadAsStringAsync());
        var duplicate = await PostAsync(client, "AddType", new() { ["code"] = "CableCut", ["name"] = "Trùng mã", ["sortOrder"] = "" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var rename = await PostAsync(client, "SaveType", new() { ["code"] = "Malware", ["name"] = "", ["sortOrder"] = "-1" });
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Contains("Tên loại sự cố là bắt buộc.", await rename.Content.ReadAsStringAsync());

        Assert.Null(await TypeAsync("EmptyName"));
        Assert.Equal("Mã độc", (await TypeAsync("Malware"))!.Name);
        Assert.Equal("Đứt cáp", (await TypeAsync("CableCut"))!.Name);
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task OthersReadTheCatalogueButCannotChangeIt()
    {
        foreach (var user in new[] { "viettel", "viewer", "leader" })
        {
            var client = await app.SignedInAsync(user);
            var html = await client.GetStringAsync("/Incidents/Catalog");
            Assert.Contains("Đứt cáp", html);
            Assert.Contains("Chỉ Điều phối viên và Quản trị được sửa danh mục.", html);
            Assert.DoesNotContain("handler=AddType", html);
            var refused = await PostAsync(client, "SaveType", new() { ["code"] = "Spam", ["name"] = "Đổi tên trái phép", ["sortOrder"] = "1" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.Equal("Tin nhắn, cuộc gọi, thư rác", (await TypeAsync("Spam"))!.Name);
    }
}

public sealed class CatalogPageTestsOnSqlite(OwnSqliteAppFactory app) : CatalogPageTests(app), IClassFixture<OwnSqliteAppFactory>;
