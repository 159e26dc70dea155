using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public sealed partial class DirectivesService
{
    /// <summary>
    /// A recipient's own draft implementing an issued letter: its legal basis cites the parent, its sections are the
    /// parent's sections addressed to the caller's organisation (or to everyone), and it goes to the organisation's own units.
    /// </summary>
    public async Task<ServiceResult<DirectiveDto>> CascadeAsync(Guid id, CancellationToken ct = default)
    {
        var parent = await Full(Visible().AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (parent is null) return ServiceError.NotFound(NotFoundMessage);
        var orgId = me.OrganizationId;
        var lines = parent.Recipients.Where(r => r.Organizations.Any(o => o.OrganizationId == orgId)).Select(r => r.Id).ToHashSet();
        if (lines.Count == 0 || !CanWrite(orgId))
            return ServiceError.Forbidden("Chỉ thành viên của đơn vị nhận công văn mới triển khai được công văn này.");
        if (parent.Status != DirectiveStatus.Issued)
            return ServiceError.Conflict("Chỉ triển khai được công văn đang có hiệu lực (đã ban hành, chưa bị thay thế).");
        var issuer = await Issuer(orgId, ct);
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == parent.CampaignId, ct);
        if (issuer is null || campaign is null) return ServiceError.NotFound(NotFoundMessage);

        var draft = DirectiveDefaults.For(campaign, issuer);
        draft.ParentDirectiveId = parent.Id;
        draft.Origin = $"cascade:{parent.Id}";
        draft.Subject = parent.Subject;
        draft.SectionStyle = DirectiveSectionStyle.NumberedSections;
        draft.LegalBases.Add(new DirectiveLegalBasis { DirectiveId = draft.Id, Order = 0, Text = Basis(parent) });
        var units = await db.Set<Organization>().AsNoTracking().Where(o => o.ParentId == orgId).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        foreach (var (unit, i) in units.OrderBy(u => u.Name, StringComparer.Create(WebSetup.Vietnamese, false)).Select((u, i) => (u, i)))
        {
            var line = new DirectiveRecipient { DirectiveId = draft.Id, Order = i, Label = unit.Name };
            line.Organizations.Add(new DirectiveRecipientOrganization { RecipientId = line.Id, OrganizationId = unit.Id });
            draft.Recipients.Add(line);
        }
        var mine = parent.Sections.OrderBy(s => s.Order).Where(s => s.Recipients.Count == 0 || s.Recipients.Any(r => lines.Contains(r.RecipientId)));
        // Addressed to the new letter's whole Kính gửi, so the parent's section addressees are not carried over.
        draft.Sections = mine.Select((s, i) => DirectiveDefaults.CopySection(s, draft.Id, i, new Dictionary<Guid, Guid>())).ToList();
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return await GetAsync(draft.Id, ct);
    }

    /// <summary>"Công văn số 404/STTTT-BCVT ngày 21/4/2023 của Sở … về việc …".</summary>
    public static string Basis(Directive parent)
    {
        var date = parent.IssuedOn is { } on ? on.ToString("d/M/yyyy", CultureInfo.InvariantCulture) : "…";
        return $"Công văn số {DirectiveMapping.NumberText(parent)} ngày {date} của {parent.Organization?.Name ?? parent.IssuingAgency} về việc {LowerFirst(parent.Subject)}";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..] : text;
}
