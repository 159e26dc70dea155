using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Files;
using ThongSuot.Tests.Directives;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Compliance;

/// <summary>An issued test letter: Viettel and VNPT on line 0/1, Đồng Hới on line 2; report tasks per section and one to everyone.</summary>
internal sealed record IssuedLetter(Guid Id, Guid Viettel, Guid Vnpt, Guid DongHoi)
{
    public Task<List<ComplianceAssignment>> AssignmentsAsync(AppFactory app) => app.WithDbAsync(db =>
        db.Set<ComplianceAssignment>().AsNoTracking().Where(a => a.DirectiveId == Id).ToListAsync());

    public async Task<ComplianceAssignment> OfAsync(AppFactory app, Guid organizationId, int taskIndex = 0) =>
        (await AssignmentsAsync(app)).Where(a => a.OrganizationId == organizationId).OrderBy(a => a.CreatedAt).ThenBy(a => a.DueDate).ElementAt(taskIndex);
}

internal static class ComplianceTestData
{
    public const string FormCode = "a-test-operator";
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>Issues a letter through the API as the coordinator; the issue hook makes its assignments.</summary>
    public static async Task<IssuedLetter> IssueLetterAsync(AppFactory app, string subject = "Báo cáo sẵn sàng Tết Đinh Mùi")
    {
        var c = await DirectivesTestData.CampaignAsync(app);
        var viettel = await DirectivesTestData.OrgAsync(app, "VIETTEL");
        var vnpt = await DirectivesTestData.OrgAsync(app, "VNPT");
        var donghoi = await DirectivesTestData.OrgAsync(app, "UBND-DONGHOI");
        var due = c.To.ToString("yyyy-MM-dd");
        var coordinator = await app.SignedInAsync("coordinator");
        var body = new
        {
            campaignId = c.Id, parentAgency = "UBND TỈNH QUẢNG TRỊ", issuingAgency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", symbol = "SKHCN-BCVT",
            place = "Quảng Trị", subject, urgency = "None", legalBases = Array.Empty<string>(),
            introduction = "Sở đề nghị các đơn vị thực hiện:", sectionStyle = "RomanSections",
            recipients = new object[]
            {
                new { label = "Viettel Quảng Trị", organizationIds = new[] { viettel } },
                new { label = "VNPT Quảng Trị", organizationIds = new[] { vnpt } },
                new { label = "UBND phường Đồng Hới", organizationIds = new[] { donghoi } },
            },
            sections = new object[]
            {
                new { heading = "Các doanh nghiệp viễn thông", recipientIndexes = new[] { 0, 1 }, tasks = new object[]
                {
                    new { text = "Báo cáo số liệu sẵn sàng trước ngày {hạn}.", reportRequired = true, dueDate = due },
                    new { text = "Trực 24/7.", reportRequired = false, dueDate = (string?)null },
                } },
                new { heading = "UBND phường", recipientIndexes = new[] { 2 }, tasks = new object[]
                {
                    new { text = "Báo cáo kiểm tra hệ thống truyền thanh trước ngày {hạn}.", reportRequired = true, dueDate = due },
                } },
                new { heading = "Tất cả các đơn vị", recipientIndexes = Array.Empty<int>(), tasks = new object[]
                {
                    new { text = "Báo cáo tổng kết sau Tết trước ngày {hạn}.", reportRequired = true, dueDate = due },
                } },
            },
            closing = "Đề nghị thực hiện.", contacts = "Phòng BCVT, ĐT: 0233 3900 199",
            signAuthority = "KT", authorityTitle = "GIÁM ĐỐC", signerTitle = "PHÓ GIÁM ĐỐC", signerName = "Nguyễn Văn An",
            includeAddressees = true, distribution = Array.Empty<object>(), draftingUnit = "BCVT",
        };
        var created = await DirectivesTestData.CreateAsync(coordinator, body);
        await DirectivesTestData.IssueAsync(coordinator, DirectivesTestData.Id(created));
        return new IssuedLetter(DirectivesTestData.Id(created), viettel, vnpt, donghoi);
    }

    public static readonly ReadinessField[] Fields =
    [
        new("staffOnDuty", "Nhân lực trực mỗi ngày", ReadinessFieldType.WholeNumber, Unit: "người", Required: true, Min: 0, Max: 1000, Summable: true),
        new("backupHours", "Số giờ nguồn dự phòng", ReadinessFieldType.Number, Unit: "giờ", Min: 0, Max: 240, Repeat: ReadinessFieldRepeat.KeySite),
        new("dutyPhone", "Điện thoại trực", ReadinessFieldType.Phone),
        new("promotionsSuspended", "Tạm dừng khuyến mại", ReadinessFieldType.YesNo),
        new("level", "Mức sẵn sàng", ReadinessFieldType.Choice, Options: ["Cao", "Trung bình"]),
        new("note", "Ghi chú", ReadinessFieldType.Text, MaxLength: 20),
    ];

    /// <summary>An active form for telecom operators, sorting before any seeded form so new assignments take it.</summary>
    public static Task<Guid> EnsureOperatorFormAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var existing = await db.Set<ReadinessForm>().FirstOrDefaultAsync(f => f.Code == FormCode);
        if (existing is not null) return existing.Id;
        var form = new ReadinessForm
        {
            Code = FormCode, Name = "Biểu mẫu thử cho doanh nghiệp viễn thông", OrganizationKinds = "TelecomOperator",
            Fields = ReadinessFieldsJson.Write(Fields),
        };
        db.Add(form);
        await db.SaveChangesAsync();
        return form.Id;
    });

    public static MultipartFormDataContent Multipart(string? text, object? values = null, Guid? revision = null, params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        if (text is not null) content.Add(new StringContent(text), "text");
        if (values is not null) content.Add(new StringContent(values as string ?? JsonSerializer.Serialize(values)), "values");
        if (revision is not null) content.Add(new StringContent(revision.ToString()!), "revision");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "files", name);
        }
        return content;
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid assignmentId, HttpContent content) =>
        client.PostAsync($"/api/v1/compliance/assignments/{assignmentId}/reports", content);

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) =>
        await DirectivesTestData.ExpectAsync(response, status);

    public static Task<(int Reports, int Files, int Attachments)> CountsAsync(AppFactory app) => app.WithDbAsync(async db =>
        (await db.Set<ComplianceReport>().CountAsync(), await db.Set<StoredFile>().CountAsync(), await db.Set<ComplianceReportAttachment>().CountAsync()));

    public static Guid Revision(JsonElement assignment) => assignment.GetProperty("assignment").GetProperty("revision").GetGuid();

    public static string State(JsonElement assignment) => assignment.GetProperty("assignment").GetProperty("state").GetString()!;

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);
}
