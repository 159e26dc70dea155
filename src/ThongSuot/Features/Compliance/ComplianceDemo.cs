using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Assignments of the department's issued Tết 2027 letter, at different stages: MobiFone's report accepted, VNPT's
/// awaiting review (with readiness figures when a form applies), FPT and the Đồng Hới committee acknowledged, the rest
/// not yet. The seed template asks no report, so the demo letter gets one report task per section (due five days
/// before the holiday). Names and figures are fictional. Runs again safely.
/// </summary>
public static class ComplianceDemo
{
    public const string ReportTask = "Báo cáo kết quả triển khai và số liệu sẵn sàng bảo đảm thông tin liên lạc về Sở Khoa học và Công nghệ trước ngày {hạn}.";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var key = $"{CampaignOccasion.LunarNewYear}:2027";
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.UniqueKey == key, ct);
        var letter = campaign is null ? null : await db.Set<Directive>()
            .Include(d => d.Recipients).ThenInclude(r => r.Organizations)
            .Include(d => d.Sections).ThenInclude(s => s.Recipients)
            .Include(d => d.Sections).ThenInclude(s => s.Tasks)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.CampaignId == campaign.Id && d.Status == DirectiveStatus.Issued && d.ParentDirectiveId == null, ct);
        if (campaign is null || letter is null || await db.Set<ComplianceAssignment>().AnyAsync(a => a.DirectiveId == letter.Id, ct)) return;

        if (!letter.Sections.SelectMany(s => s.Tasks).Any(t => t.ReportRequired))
        {
            var due = (campaign.DuringStart ?? campaign.BeforeEnd ?? TimeDisplay.VietnamDay(DateTime.UtcNow).AddDays(30)).AddDays(-5);
            foreach (var section in letter.Sections)
            {
                // Added explicitly: a new entity with its key already set, found only through the navigation, would be taken for an update.
                var task = new DirectiveTask
                {
                    SectionId = section.Id, Order = section.Tasks.Count == 0 ? 0 : section.Tasks.Max(t => t.Order) + 1,
                    Text = ReportTask, ReportRequired = true, DueDate = due,
                };
                db.Add(task);
                section.Tasks.Add(task);
            }
            await db.SaveChangesAsync(ct);
        }
        var now = DateTime.UtcNow;
        var assignments = await AssignmentCreation.AddForAsync(db, letter, now, ct);
        await db.SaveChangesAsync(ct);

        var organizations = await db.Set<Organization>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        foreach (var a in assignments)
        {
            switch (organizations.GetValueOrDefault(a.OrganizationId))
            {
                case "FPT" or "UBND-DONGHOI":
                    a.Status = AssignmentStatus.Acknowledged;
                    a.AcknowledgedAt = now.AddHours(-30);
                    break;
                case "VNPT":
                    await ReportAsync(db, a, "Hoàng Thị Vinaphone", now.AddHours(-20), ct);
                    break;
                case "MOBIFONE":
                    var report = await ReportAsync(db, a, "Đặng Văn Di Động", now.AddHours(-44), ct);
                    a.Status = AssignmentStatus.Accepted;
                    a.DecidedAt = report.ReviewedAt = now.AddHours(-26);
                    report.Review = ReportReview.Accepted;
                    report.ReviewComment = "Báo cáo đầy đủ, đề nghị duy trì trực 24/7.";
                    break;
            }
            a.Revision = Guid.NewGuid();
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<ComplianceReport> ReportAsync(AppDbContext db, ComplianceAssignment a, string by, DateTime at, CancellationToken ct)
    {
        var form = a.FormId is { } id ? await db.Set<ReadinessForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) : null;
        var report = new ComplianceReport
        {
            AssignmentId = a.Id, OrganizationId = a.OrganizationId, Version = 1, SubmittedAt = at, SubmittedByName = by,
            Text = "Đơn vị đã xây dựng phương án ứng cứu thông tin, bố trí trực 24/7 và sẵn sàng trạm BTS lưu động, máy phát điện dự phòng.",
            Values = form is null ? null : await ComplianceDemoValues.ForAsync(db, form, a.CampaignId, ct),
            FormRevision = form?.Revision, Review = ReportReview.Pending,
        };
        db.Add(report);
        a.Status = AssignmentStatus.Submitted;
        a.AcknowledgedAt = at.AddHours(-4);
        a.SubmittedAt = at;
        return report;
    }
}
