using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Files;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

public abstract class ComplianceBadInputTests(AppFactory app)
{
    private static async Task<string[]> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }

    [Fact]
    public async Task WrongTypeOversizeOrEmptyFilesAndMalformedValuesAreFieldErrorsAndNothingIsStored()
    {
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Viettel);
        var viettel = await app.SignedInAsync("viettel");
        var before = await CountsAsync(app);
        var ok = new { staffOnDuty = 5 };
        var exe = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 };
        var big = new byte[FileStore.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        Assert.Contains("files", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", ok, null, ("virus.exe", exe)))));
        Assert.Contains("files", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", ok, null, ("giả.pdf", "chỉ là văn bản"u8.ToArray())))));
        Assert.Contains("files", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", ok, null, ("rong.pdf", [])))));
        Assert.Contains("files", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", ok, null, ("to.pdf", big)))));
        // A good file with a bad one: neither is kept.
        Assert.Contains("files", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", ok, null, ("tot.pdf", Pdf), ("virus.exe", exe)))));
        // A good file with bad values: the file is not kept either.
        Assert.Contains("staffOnDuty", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", new { staffOnDuty = "mười" }, null, ("tot.pdf", Pdf)))));

        Assert.Contains("staffOnDuty", await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = "x", values = new { staffOnDuty = -1 } })));
        Assert.Contains("staffOnDuty", await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = "x", values = new { dutyPhone = "0233 3000 101" } })));
        var many = await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new
        {
            text = "x",
            values = new Dictionary<string, object>
            {
                ["staffOnDuty"] = 1.5, ["dutyPhone"] = "gọi tôi", ["promotionsSuspended"] = "có lẽ", ["level"] = "Rất cao",
                ["note"] = new string('x', 21), ["unknownField"] = 1, ["backupHours"] = new Dictionary<string, object> { [Guid.NewGuid().ToString()] = 5 },
            },
        }));
        Assert.Superset(new HashSet<string> { "staffOnDuty", "dutyPhone", "promotionsSuspended", "level", "note", "unknownField", "backupHours" }, many.ToHashSet());
        Assert.Contains("values", await ErrorsAsync(await SubmitAsync(viettel, a.Id, Multipart("x", "{not json", null))));
        Assert.Contains("values", await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = "x", values = new[] { 1, 2 } })));
        Assert.Contains("revision", await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = "x", revision = "abc" })));
        Assert.Contains("text", await ErrorsAsync(await viettel.PostAsJsonAsync($"/api/v1/compliance/assignments/{a.Id}/reports", new { text = new string('a', 20001), values = ok })));

        Assert.Equal(before, await CountsAsync(app));
        var stored = await letter.OfAsync(app, letter.Viettel);
        Assert.Equal(AssignmentStatus.Pending, stored.Status);
    }

    [Fact]
    public async Task TheReportFormShowsErrorsBesideTheFieldsAndKeepsWhatWasTyped()
    {
        await EnsureOperatorFormAsync(app);
        var letter = await IssueLetterAsync(app);
        var a = await letter.OfAsync(app, letter.Vnpt);
        var vnpt = await app.SignedInAsync("vnpt");
        var before = await CountsAsync(app);
        var token = await SignIn.AntiforgeryTokenAsync(vnpt, $"/Compliance/Assignment/{a.Id}");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(a.Revision.ToString()), "revision" },
            { new StringContent("Báo cáo <b>đậm</b>"), "Text" },
            { new StringContent("12,5x"), "v.staffOnDuty" },
            { new StringContent("1,5"), "v.level" },
        };
        var response = await vnpt.PostAsync($"/Compliance/Assignment/{a.Id}?handler=Submit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nhân lực trực mỗi ngày phải là số nguyên.", html);
        Assert.Contains("value=\"12,5x\"", html);
        Assert.Contains("Báo cáo &lt;b&gt;đậm&lt;/b&gt;", html);
        Assert.Equal(before, await CountsAsync(app));
    }

    [Fact]
    public void TheValidatorAcceptsCommaAndPointDecimalsAndWritesTheBoardsShape()
    {
        var site = new ReadinessTarget(Guid.NewGuid(), "Trạm BTS Cồn Cỏ");
        var targets = new ReadinessTargets([site], []);
        var errors = new ThongSuot.Shared.FieldErrors();
        var json = ReadinessValues.Validate(Fields, new Dictionary<string, string?>
        {
            ["staffOnDuty"] = " 12 ", [ReadinessValues.InputName("backupHours", site.Id)] = "1,5", ["promotionsSuspended"] = "false", ["note"] = "", ["level"] = "Cao",
        }, targets, errors);
        Assert.False(errors.Any);
        using var doc = JsonDocument.Parse(json!);
        var root = doc.RootElement;
        Assert.Equal(12, root.GetProperty("staffOnDuty").GetInt64());
        Assert.Equal(1.5m, root.GetProperty("backupHours").GetProperty(site.Id.ToString()).GetDecimal());
        Assert.False(root.GetProperty("promotionsSuspended").GetBoolean());
        Assert.Equal("Cao", root.GetProperty("level").GetString());
        Assert.False(root.TryGetProperty("note", out _));
        Assert.Equal("1.5", ReadinessValues.ToInputs(json)[ReadinessValues.InputName("backupHours", site.Id)]);
    }
}

public sealed class ComplianceBadInputSqliteTests(SqliteAppFactory app) : ComplianceBadInputTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ComplianceBadInputPostgresTests(PostgresAppFactory app) : ComplianceBadInputTests(app), IClassFixture<PostgresAppFactory>;
