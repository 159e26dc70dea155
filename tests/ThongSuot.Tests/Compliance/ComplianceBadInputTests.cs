using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Files;
using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.ComplianceTestData;

namespace ThongSuot.Tests.Compliance;

public abstract class ComplianceBadInputTests(AppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    /// <summary>Wrong-type, oversize or empty files and malformed values: a 400 naming the field, and no report, file or attachment is stored.</summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public async Task BadReportIsAFieldErrorAndNothingIsStored(string probe)
    {
        var placeholders = await app.OnceAsync("compliance-probes", async () =>
        {
            await EnsureOperatorFormAsync(app);
            var letter = await IssueLetterAsync(app);
            return (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["viettelAssignment"] = (await letter.OfAsync(app, letter.Viettel)).Id.ToString() };
        });
        await ProbeRunner.AssertRefusedAsync(app, await app.SignedInOnceAsync("viettel"), Table[probe], placeholders);
        var stored = await app.WithDbAsync(db => db.Set<ComplianceAssignment>().AsNoTracking().SingleAsync(a => a.Id == Guid.Parse(placeholders["viettelAssignment"])));
        Assert.Equal(AssignmentStatus.Pending, stored.Status);
    }

    private const string Reports = "/api/v1/compliance/assignments/{viettelAssignment}/reports";
    private static readonly object Ok = new { staffOnDuty = 5 };
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    private static byte[] OneByteTooBig()
    {
        var big = new byte[FileStore.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        return big;
    }

    private static RequestProbe Upload(string what, Func<HttpContent> content, params string[] fields) =>
        new("viettel", "POST", Reports, what, _ => content(), 400, fields);

    private static RequestProbe Send(string what, object body, params string[] fields) =>
        new("viettel", "POST", Reports, what, _ => JsonContent.Create(body), 400, fields);

    private static readonly ProbeTable Table = new([
        Upload("an .exe", () => Multipart("x", Ok, null, ("virus.exe", Exe)), "files"),
        Upload("text named .pdf", () => Multipart("x", Ok, null, ("giả.pdf", "chỉ là văn bản"u8.ToArray())), "files"),
        Upload("an empty file", () => Multipart("x", Ok, null, ("rong.pdf", [])), "files"),
        Upload("one byte over the limit", () => Multipart("x", Ok, null, ("to.pdf", OneByteTooBig())), "files"),
        // A good file with a bad one: neither is kept.
        Upload("a good file with an .exe", () => Multipart("x", Ok, null, ("tot.pdf", Pdf), ("virus.exe", Exe)), "files"),
        // A good file with bad values: the file is not kept either.
        Upload("a good file with a word for a number", () => Multipart("x", new { staffOnDuty = "mười" }, null, ("tot.pdf", Pdf)), "staffOnDuty"),
        Upload("values not JSON", () => Multipart("x", "{not json", null), "values"),
        Send("negative staff", new { text = "x", values = new { staffOnDuty = -1 } }, "staffOnDuty"),
        Send("required value missing", new { text = "x", values = new { dutyPhone = "0233 3000 101" } }, "staffOnDuty"),
        Send("every value wrong", new
        {
            text = "x",
            values = new Dictionary<string, object>
            {
                ["staffOnDuty"] = 1.5, ["dutyPhone"] = "gọi tôi", ["promotionsSuspended"] = "có lẽ", ["level"] = "Rất cao",
                ["note"] = new string('x', 21), ["unknownField"] = 1, ["backupHours"] = new Dictionary<string, object> { [ProbeBody.Unknown] = 5 },
            },
        }, "backupHours", "dutyPhone", "level", "note", "promotionsSuspended", "staffOnDuty", "unknownField"),
        Send("values a list", new { text = "x", values = new[] { 1, 2 } }, "values"),
        Send("revision a word", new { text = "x", revision = "abc" }, "revision"),
        Send("text too long", new { text = new string('a', 20001), values = Ok }, "text"),
    ]);

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

public sealed class ComplianceBadInputSqliteTests(OwnSqliteAppFactory app) : ComplianceBadInputTests(app), IClassFixture<OwnSqliteAppFactory>;
