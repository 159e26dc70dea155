using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public sealed partial class DirectivesService
{
    public const string StaleMessage = "Công văn đã được người khác lưu trong lúc bạn soạn. Nội dung bạn nhập chưa được lưu; hãy tải lại bản mới nhất rồi sửa tiếp.";
    public const string FrozenMessage = "Công văn đã ban hành không sửa được nữa; hãy tạo bản đính chính.";

    /// <summary>A draft for a campaign with the issuer's defaults; the request may carry any content to start from.</summary>
    public async Task<ServiceResult<DirectiveDto>> CreateAsync(DirectiveRequest request, CancellationToken ct = default)
    {
        if (request.CampaignId is not { } campaignId) return ServiceError.Invalid("campaignId", "Chiến dịch là bắt buộc.");
        var issuerId = request.OrganizationId ?? (me.CanManageDirectory ? null : me.OrganizationId);
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return ServiceError.Invalid("campaignId", "Chiến dịch không tồn tại.");
        issuerId ??= campaign.OrganizationId;
        if (!CanWrite(issuerId.Value)) return ServiceError.Forbidden();
        var issuer = await Issuer(issuerId.Value, ct);
        if (issuer is null) return ServiceError.Invalid("organizationId", "Cơ quan ban hành không tồn tại.");

        var directive = DirectiveDefaults.For(campaign, issuer);
        var errors = new FieldErrors();
        var content = DirectiveRules.Build(request, directive, overlay: true, errors);
        await CheckOrganizationsAsync(content, errors, ct);
        if (errors.Any) return errors.ToError();
        DirectiveDefaults.CopyContent(content, directive);
        db.Add(directive);
        await db.SaveChangesAsync(ct);
        return await GetAsync(directive.Id, ct);
    }

    /// <summary>Replaces the whole content of a draft; a stale revision is refused and the stored draft kept.</summary>
    public async Task<ServiceResult<DirectiveDto>> UpdateAsync(Guid id, DirectiveRequest request, CancellationToken ct = default)
    {
        var directive = await Full(Visible()).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (directive is null) return ServiceError.NotFound(NotFoundMessage);
        if (!CanWrite(directive.OrganizationId)) return ServiceError.Forbidden();
        if (directive.Status != DirectiveStatus.Draft) return ServiceError.Conflict(FrozenMessage);
        if (request.Revision is not { } revision) return ServiceError.Invalid("revision", "Thiếu phiên bản (revision) của bản đã đọc.");
        if (revision != directive.Revision) return ServiceError.Conflict(StaleMessage);

        var errors = new FieldErrors();
        var content = DirectiveRules.Build(request, directive, overlay: false, errors);
        await CheckOrganizationsAsync(content, errors, ct);
        if (errors.Any) return errors.ToError();

        RemoveContent(directive);
        DirectiveDefaults.CopyContent(content, directive);
        AddContent(directive);
        directive.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Entry(directive).Property(d => d.Revision).OriginalValue = revision;
        directive.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceError.Conflict(StaleMessage);
        }
        return await GetAsync(id, ct);
    }

    public async Task<ServiceResult<bool>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var directive = await Full(Visible()).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (directive is null) return ServiceError.NotFound(NotFoundMessage);
        if (!CanWrite(directive.OrganizationId)) return ServiceError.Forbidden();
        if (directive.Status != DirectiveStatus.Draft) return ServiceError.Conflict("Chỉ xóa được dự thảo; công văn đã ban hành được giữ lại.");
        RemoveContent(directive);
        db.Remove(directive);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The organisations a caller may choose as recipients: all of them (names are public to every signed-in user).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, Guid? ParentId)>> OrganizationChoicesAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<Organization>().AsNoTracking().Select(o => new { o.Id, o.Name, o.ParentId }).ToListAsync(ct);
        return rows.OrderBy(o => o.Name, StringComparer.Create(WebSetup.Vietnamese, false)).Select(o => (o.Id, o.Name, o.ParentId)).ToList();
    }

    private Task<Organization?> Issuer(Guid id, CancellationToken ct) => db.Set<Organization>()
        .Include(o => o.Parent).Include(o => o.People).Include(o => o.Areas).ThenInclude(a => a.Area)
        .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct);

    private async Task CheckOrganizationsAsync(Directive content, FieldErrors errors, CancellationToken ct)
    {
        var ids = content.Recipients.SelectMany(r => r.Organizations.Select(o => o.OrganizationId)).Distinct().ToList();
        if (ids.Count == 0) return;
        var found = (await db.Set<Organization>().Where(o => ids.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        foreach (var (line, i) in content.Recipients.Select((r, i) => (r, i)))
            if (line.Organizations.Any(o => !found.Contains(o.OrganizationId)))
                errors.Add($"recipients[{i}].organizationIds", "Có tổ chức không tồn tại.");
    }

    // Children have their Guid keys set on construction, so they are added through the context, never by navigation alone.
    private void RemoveContent(Directive d)
    {
        foreach (var s in d.Sections) { db.RemoveRange(s.Tasks); db.RemoveRange(s.Recipients); }
        db.RemoveRange(d.Sections);
        foreach (var r in d.Recipients) db.RemoveRange(r.Organizations);
        db.RemoveRange(d.Recipients);
        db.RemoveRange(d.LegalBases);
        db.RemoveRange(d.Distribution);
    }

    private void AddContent(Directive d)
    {
        db.AddRange(d.LegalBases);
        db.AddRange(d.Recipients);
        db.AddRange(d.Sections);
        db.AddRange(d.Distribution);
    }
}
