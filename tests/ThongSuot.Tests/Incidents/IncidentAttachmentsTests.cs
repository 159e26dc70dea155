using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Files;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class IncidentAttachmentsTests(AppFactory app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% biên bản đứt cáp\n%%EOF\n");

    private static MultipartFormDataContent Form(string? note, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        if (note is not null) form.Add(new StringContent(note), "note");
        return form;
    }

    private Task<(int Files, int Attachments, int Entries)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Set<StoredFile>().CountAsync(), await db.Set<IncidentAttachment>().CountAsync(), await db.Set<IncidentEntry>().CountAsync()));

    [Fact]
    public async Task AnOperatorAttachesAPhotoAndAReportOneTimelineEntryBumpsTheRevisionAndIsAudited()
    {
        var viettel = await app.OperatorSystemAsync();
        var incident = await CreateAsync(viettel, Body("Đứt cáp có ảnh hiện trường"));
        var before = await CountsAsync();
        var response = await viettel.PostAsync($"/api/v1/incidents/{incident.Id()}/attachments", Form("Ảnh hiện trường <b>cột 12</b>", ("cot-12.png", Png), ("bien-ban.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(incident.Revision() + 1, body.GetProperty("revision").GetInt32());
        var files = body.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Single(files.Select(f => f.GetProperty("entryId").GetGuid()).Distinct());
        var after = await CountsAsync();
        Assert.Equal((before.Files + 2, before.Attachments + 2, before.Entries + 1), after);

        var photo = files.Single(f => f.GetProperty("fileName").GetString() == "cot-12.png");
        Assert.True(photo.GetProperty("isImage").GetBoolean());
        var download = await viettel.GetAsync(photo.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());

        var fileIds = files.Select(f => f.GetProperty("fileId").GetGuid().ToString()).ToList();
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(IncidentAttachment) && a.Action == AuditAction.Create).CountAsync());
        Assert.True(audited >= 2);
        var storedAudit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(StoredFile) && fileIds.Contains(a.EntityId)).CountAsync());
        Assert.Equal(2, storedAudit);
        var stored = await FindAsync(app, incident.Id());
        Assert.Equal(incident.Revision() + 1, stored!.Revision);
    }

    [Fact]
    public async Task TheIncidentPageShowsImagesAsThumbnailsAndDocumentsAsLinksWithSize()
    {
        var viettel = await app.OperatorSystemAsync();
        var incident = await CreateAsync(viettel, Body("Sự cố có tệp trên trang"));
        Assert.Equal(HttpStatusCode.Created, (await viettel.PostAsync($"/api/v1/incidents/{incident.Id()}/attachments", Form(null, ("anh.png", Png), ("bao-cao.pdf", Pdf)))).StatusCode);
        var html = await (await app.SignedInAsync("viettel")).GetStringAsync($"/Incidents/Details/{incident.Id()}");
        var list = await viettel.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{incident.Id()}/attachments");
        var png = list.EnumerateArray().Single(a => a.GetProperty("fileName").GetString() == "anh.png").GetProperty("url").GetString();
        var pdf = list.EnumerateArray().Single(a => a.GetProperty("fileName").GetString() == "bao-cao.pdf").GetProperty("url").GetString();
        Assert.Contains($"<img src=\"{png}\" alt=\"anh.png\"", html);
        Assert.Contains($"<a href=\"{pdf}\" download=\"bao-cao.pdf\">", html);
        Assert.Contains("(1 KB)", html);
        Assert.Contains("Đính kèm 2 tệp: anh.png, bao-cao.pdf.", html);
    }

    [Fact]
    public async Task WrongTypeOversizeEmptyOrNoFileIsA400WithTheFieldAndNothingIsWritten()
    {
        var viettel = await app.OperatorSystemAsync();
        var incident = await CreateAsync(viettel, Body("Sự cố thử tệp sai"));
        var url = $"/api/v1/incidents/{incident.Id()}/attachments";
        var before = await CountsAsync();
        var oversize = new byte[FileStore.MaxBytes + 1];
        Pdf.CopyTo(oversize, 0);
        foreach (var (form, field) in new[]
        {
            (Form("ghi chú", ("virus.exe", Encoding.ASCII.GetBytes("MZ this is not a picture"))), "files"),
            (Form(null, ("anh.png", Png), ("script.png", Encoding.UTF8.GetBytes("<script>alert(1)</script>"))), "files"),
            (Form(null, ("lon.pdf", oversize)), "files"),
            (Form(null, ("rong.pdf", [])), "files"),
            (Form("chỉ có ghi chú"), "files"),
            (Form(new string('x', 2001), ("anh.png", Png)), "note"),
        })
        {
            var response = await viettel.PostAsync(url, form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal([field], await ErrorFieldsAsync(response));
        }
        var json = await viettel.PostAsync(url, JsonContent.Create(new { note = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(["files"], await ErrorFieldsAsync(json));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(incident.Revision(), (await FindAsync(app, incident.Id()))!.Revision);
    }

    [Fact]
    public async Task AnotherOperatorGets404ForTheIncidentsFilesByUrlAndByApiId()
    {
        var viettel = await app.OperatorSystemAsync();
        var incident = await CreateAsync(viettel, Body("Sự cố riêng của Viettel có tệp"));
        var created = await (await viettel.PostAsync($"/api/v1/incidents/{incident.Id()}/attachments", Form(null, ("rieng.png", Png)))).Content.ReadFromJsonAsync<JsonElement>();
        var fileId = created.GetProperty("attachments")[0].GetProperty("fileId").GetGuid();

        var vnpt = await app.OperatorSystemAsync("VNPT");
        var own = await CreateAsync(vnpt, Body("Sự cố của VNPT"));
        var before = await CountsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/incidents/{incident.Id()}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/incidents/{own.Id()}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/incidents/{incident.Id()}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/incidents/{incident.Id()}/attachments", Form(null, ("x.png", Png)))).StatusCode);
        var vnptUser = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await vnptUser.GetAsync($"/api/v1/incidents/{incident.Id()}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnptUser.GetAsync($"/Incidents/Attachments/{incident.Id()}")).StatusCode);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync("leader")).GetAsync($"/api/v1/incidents/{incident.Id()}/attachments/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/incidents/{incident.Id()}/attachments/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task TheUploadFormSavesAndRedirectsAndABadFileComesBackWithTheMessageBesideTheField()
    {
        var client = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(await app.OperatorSystemAsync(), Body("Sự cố tải tệp qua trang"));
        var page = $"/Incidents/Attachments/{incident.Id()}";
        var token = await SignIn.AntiforgeryTokenAsync(client, page);

        var good = Form(null, ("hien-truong.png", Png));
        good.Add(new StringContent("Ảnh chụp lúc 21:00"), "Note");
        good.Add(new StringContent(token), "__RequestVerificationToken");
        var ok = await client.PostAsync(page, good);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal($"/Incidents/Details/{incident.Id()}#attachments", ok.Headers.Location?.OriginalString);

        var before = await CountsAsync();
        var bad = new MultipartFormDataContent();
        bad.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("plain text")), "Files", "ghi-chu.txt");
        bad.Add(new StringContent("<script>x</script>"), "Note");
        bad.Add(new StringContent(token), "__RequestVerificationToken");
        var refused = await client.PostAsync(page, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Tệp ghi-chu.txt không phải loại được nhận", html);
        Assert.Contains("value=\"&lt;script&gt;x&lt;/script&gt;\"", html);
        Assert.Equal(before, await CountsAsync());
    }
}

public sealed class IncidentAttachmentsTestsOnSqlite(OwnSqliteAppFactory app) : IncidentAttachmentsTests(app), IClassFixture<OwnSqliteAppFactory>;
