using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Directives;

internal sealed record DemoCampaign(Guid Id, DateOnly From, DateOnly To);

internal static class DirectivesTestData
{
    public static Task<DemoCampaign> CampaignAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var c = await db.Set<Campaign>().AsNoTracking().SingleAsync(x => x.Year == 2027 && x.Occasion == CampaignOccasion.LunarNewYear);
        return new DemoCampaign(c.Id, c.BeforeStart!.Value, c.AfterEnd!.Value);
    });

    public static Task<Guid> OrgAsync(AppFactory app, string shortName) =>
        app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync());

    /// <summary>A whole letter: operators in section I, the Đồng Hới committee in section II, and a section to everyone.</summary>
    public static object Content(DemoCampaign c, Guid viettel, Guid donghoi, Guid? revision = null, string subject = "Bảo đảm thông tin liên lạc dịp Tết Đinh Mùi", DateOnly? due = null) => new
    {
        campaignId = c.Id, revision,
        parentAgency = "UBND TỈNH QUẢNG TRỊ", issuingAgency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", symbol = "SKHCN-BCVT", place = "Quảng Trị",
        subject, urgency = "None",
        legalBases = new[] { "Công văn số 56/UBND-VX ngày 15/01/2027 của UBND tỉnh về việc bảo đảm thông tin Tết" },
        introduction = "để bảo đảm thông tin liên lạc thông suốt, Sở đề nghị các đơn vị thực hiện tốt một số nội dung sau:",
        sectionStyle = "RomanSections",
        recipients = new object[]
        {
            new { label = "Viettel Quảng Trị", organizationIds = new[] { viettel } },
            new { label = "UBND phường Đồng Hới", organizationIds = new[] { donghoi } },
        },
        sections = new object[]
        {
            new { heading = "Các doanh nghiệp viễn thông", recipientIndexes = new[] { 0 }, tasks = new object[]
            {
                new { text = "Xây dựng phương án ứng cứu thông tin cho các điểm trọng yếu.", reportRequired = false, dueDate = (string?)null },
                new { text = "Báo cáo tình hình trước ngày {hạn}.", reportRequired = true, dueDate = (due ?? c.To).ToString("yyyy-MM-dd") },
            } },
            new { heading = "UBND các xã, phường", recipientIndexes = new[] { 1 }, tasks = new object[]
            {
                new { text = "Chỉ đạo Đài truyền thanh cơ sở tuyên truyền bảo đảm an toàn mạng.", reportRequired = false, dueDate = (string?)null },
            } },
            new { heading = "Tất cả các đơn vị", recipientIndexes = Array.Empty<int>(), tasks = new object[]
            {
                new { text = "Phân công trực 24/7 trong các ngày nghỉ Tết.", reportRequired = false, dueDate = (string?)null },
            } },
            new { heading = "Công an tỉnh", recipientIndexes = Array.Empty<int>(), tasks = Array.Empty<object>() },
        },
        closing = "Đề nghị các đơn vị nghiêm túc thực hiện.",
        contacts = "Đầu mối liên hệ: Phòng BCVT, ĐT: 0233 3900 199",
        signAuthority = "KT", authorityTitle = "GIÁM ĐỐC", signerTitle = "PHÓ GIÁM ĐỐC", signerName = "Nguyễn Văn An",
        includeAddressees = true,
        distribution = new[] { new { text = "UBND tỉnh", purpose = "b/c" } },
        draftingUnit = "BCVT", drafterCode = (string?)null,
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/directives", body);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status) throw new InvalidOperationException($"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    public static Guid Revision(JsonElement e) => e.GetProperty("revision").GetGuid();

    public static Task<JsonElement> IssueAsync(HttpClient client, Guid id, int? number = null) =>
        client.PostAsJsonAsync($"/api/v1/directives/{id}/issue", new { number }).ContinueWith(t => ExpectAsync(t.Result, HttpStatusCode.OK)).Unwrap();

    public static Task<Directive?> FindAsync(AppFactory app, Guid id) => app.WithDbAsync(db =>
        db.Set<Directive>().AsNoTracking().Include(d => d.Sections).ThenInclude(s => s.Tasks).Include(d => d.LegalBases)
            .Include(d => d.Recipients).ThenInclude(r => r.Organizations).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id));

    public static Task<int> CountAsync(AppFactory app) => app.WithDbAsync(async db =>
        await db.Set<Directive>().CountAsync() * 1000 + await db.Set<DirectiveTask>().CountAsync());

    public static Task<List<AuditEntry>> AuditAsync(AppFactory app, Guid id) => app.WithDbAsync(db =>
        db.Set<AuditEntry>().Where(a => a.EntityType == nameof(Directive) && a.EntityId == id.ToString()).OrderBy(a => a.At).ToListAsync());

    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}
