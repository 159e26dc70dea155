using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Compliance;

/// <summary>
/// The app on a clock the board tests set, since "today in Vietnam" decides what is overdue. They set it with
/// <see cref="FakeTimeProvider.AdjustTime"/>: tests run in any order and may go back a day, which SetUtcNow refuses.
/// </summary>
public abstract class BoardAppFactory(DbProvider provider) : AppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 10, 3, 0, 0, TimeSpan.Zero));
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class SqliteBoardAppFactory() : BoardAppFactory(DbProvider.Sqlite);

public sealed class PostgresBoardAppFactory() : BoardAppFactory(DbProvider.Postgres);

/// <summary>A letter of its own campaign with report-required tasks, so each test's board holds only its own rows.</summary>
internal sealed record BoardLetter(Guid CampaignId, Guid DirectiveId, string CampaignName, Guid[] Tasks);

internal static class BoardTestKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static int _number = 7000;

    public static FakeTimeProvider Clock(AppFactory app) =>
        (app as BoardAppFactory)?.Clock ?? throw new InvalidOperationException("Use the board factories.");

    public static Task<Dictionary<string, Guid>> OrgsAsync(AppFactory app) =>
        app.WithDbAsync(db => db.Set<Organization>().ToDictionaryAsync(o => o.ShortName, o => o.Id));

    public static Task<BoardLetter> LetterAsync(AppFactory app, params DateOnly[] dues) => app.WithDbAsync(async db =>
    {
        var department = await db.Set<Organization>().Where(o => o.ShortName == "SKHCN").Select(o => o.Id).SingleAsync();
        var key = Guid.NewGuid().ToString("N")[..8];
        var campaign = new Campaign
        {
            Name = $"Chiến dịch thử {key}", UniqueKey = $"title:2027:thu {key}", Occasion = CampaignOccasion.Custom, Year = 2027,
            Title = $"thử {key}", Status = CampaignStatus.Active, OrganizationId = department,
        };
        var number = Interlocked.Increment(ref _number);
        var letter = new Directive
        {
            CampaignId = campaign.Id, OrganizationId = department, Status = DirectiveStatus.Issued, Year = 2027, Number = number,
            IssuedOn = new DateOnly(2027, 1, 5), IssuedAt = new DateTime(2027, 1, 5, 2, 0, 0, DateTimeKind.Utc),
            ParentAgency = "UBND TỈNH QUẢNG TRỊ", IssuingAgency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", Symbol = "SKHCN-BCVT", Place = "Quảng Trị",
            Subject = "Bảo đảm thông tin liên lạc dịp Tết", AuthorityTitle = "GIÁM ĐỐC", SignerName = "Nguyễn Văn An", DraftingUnit = "BCVT",
        };
        var section = new DirectiveSection { DirectiveId = letter.Id, Order = 0, Heading = "Các đơn vị" };
        section.Tasks.Add(new DirectiveTask { SectionId = section.Id, Order = 0, Text = "Phân công trực 24/7.", ReportRequired = false });
        for (var i = 0; i < dues.Length; i++)
            section.Tasks.Add(new DirectiveTask { SectionId = section.Id, Order = i + 1, Text = $"Báo cáo lần {i + 1} trước ngày {{hạn}}.", ReportRequired = true, DueDate = dues[i] });
        letter.Sections.Add(section);
        db.Add(campaign);
        db.Add(letter);
        await db.SaveChangesAsync();
        return new BoardLetter(campaign.Id, letter.Id, campaign.Name, section.Tasks.Where(t => t.ReportRequired).Select(t => t.Id).ToArray());
    });

    public static Task<Guid> AssignAsync(AppFactory app, BoardLetter letter, int task, Guid org, AssignmentStatus status, Guid? form = null) =>
        app.WithDbAsync(async db =>
        {
            var due = await db.Set<DirectiveTask>().Where(t => t.Id == letter.Tasks[task]).Select(t => t.DueDate!.Value).SingleAsync();
            var a = new ComplianceAssignment
            {
                DirectiveId = letter.DirectiveId, TaskId = letter.Tasks[task], CampaignId = letter.CampaignId, OrganizationId = org,
                DueDate = due, FormId = form, Status = status,
            };
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

    public static Task ReportAsync(AppFactory app, Guid assignment, int version, DateTime at, ReportReview review, string? values) =>
        app.WithDbAsync(async db =>
        {
            var org = await db.Set<ComplianceAssignment>().Where(a => a.Id == assignment).Select(a => a.OrganizationId).SingleAsync();
            db.Add(new ComplianceReport
            {
                AssignmentId = assignment, OrganizationId = org, Version = version, SubmittedAt = at, Review = review, Values = values,
                Text = "Báo cáo thử", SubmittedByName = "Người báo cáo thử",
            });
            await db.SaveChangesAsync();
            return 0;
        });

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The board's cells as [organisation short name][task index] = state name ("" where not assigned).</summary>
    public static Dictionary<string, string[]> States(JsonElement board) => board.GetProperty("rows").EnumerateArray().ToDictionary(
        r => r.GetProperty("shortName").GetString()!,
        r => r.GetProperty("cells").EnumerateArray().Select(c => c.ValueKind == JsonValueKind.Null ? "" : c.GetProperty("state").GetString()!).ToArray());
}
