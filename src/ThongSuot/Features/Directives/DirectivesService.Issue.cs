using Microsoft.EntityFrameworkCore;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public sealed partial class DirectivesService
{
    public const int MaxNumber = 99999;

    /// <summary>The number issuing would take now: the next free one in the issuer's register for this year.</summary>
    public async Task<ServiceResult<int>> NextNumberAsync(Guid id, CancellationToken ct = default)
    {
        var d = await Visible().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return ServiceError.NotFound(NotFoundMessage);
        return await NextFreeAsync(d.OrganizationId, Today.Year, ct);
    }

    /// <summary>
    /// Freezes a draft: a number from the issuer's register (the next free one, or the caller's to match the paper
    /// register), today's date in Vietnam, who issued it. A correction supersedes the version it corrects.
    /// </summary>
    public async Task<ServiceResult<DirectiveDto>> IssueAsync(Guid id, IssueRequest request, CancellationToken ct = default)
    {
        if (request.Number is < 1 or > MaxNumber) return ServiceError.Invalid("number", $"Số phải từ 1 đến {MaxNumber}.");
        for (var attempt = 0; ; attempt++)
        {
            var directive = await Full(Visible()).FirstOrDefaultAsync(d => d.Id == id, ct);
            if (directive is null) return ServiceError.NotFound(NotFoundMessage);
            if (!CanIssue(directive.OrganizationId)) return ServiceError.Forbidden();
            if (directive.Status != DirectiveStatus.Draft) return ServiceError.Conflict("Công văn đã được ban hành.");
            var checks = DirectiveChecks.Check(directive, directive.Campaign);
            if (checks.Errors.Any) return checks.Errors.ToError("Công văn chưa ban hành được: hãy sửa các mục được đánh dấu.");
            if (checks.Warnings.Count > 0 && !request.AcknowledgeWarnings) return Unacknowledged(checks.Warnings);

            var today = Today;
            var number = request.Number ?? await NextFreeAsync(directive.OrganizationId, today.Year, ct);
            if (request.Number is not null && await TakenAsync(directive.OrganizationId, today.Year, number, ct))
                return ServiceError.Conflict($"Số {number} năm {today.Year} đã được dùng trong sổ của {directive.IssuingAgency}.");
            if (directive.PreviousVersionId is { } previousId)
            {
                var previous = await db.Set<Directive>().FirstOrDefaultAsync(d => d.Id == previousId, ct);
                if (previous is { Status: DirectiveStatus.Issued }) { previous.Status = DirectiveStatus.Superseded; previous.UpdatedAt = clock.GetUtcNow().UtcDateTime; previous.Revision = Guid.NewGuid(); }
            }
            directive.Status = DirectiveStatus.Issued;
            directive.Year = today.Year;
            directive.Number = number;
            directive.IssuedOn = today;
            directive.IssuedAt = directive.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            directive.IssuedById = me.UserId;
            directive.Revision = Guid.NewGuid();
            foreach (var hook in issueHooks) await hook.OnIssuingAsync(directive, ct);
            events.Publish(db, new DirectiveIssued(directive.Id, directive.CampaignId, directive.OrganizationId, DirectiveMapping.NumberText(directive)!,
                today, directive.IssuedAt.Value, directive.Recipients.SelectMany(r => r.Organizations).Select(o => o.OrganizationId).Distinct().ToList(),
                directive.PreviousVersionId));
            try
            {
                await db.SaveChangesAsync(ct);
                return await GetAsync(id, ct);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // Two letters of one issuer issued at the same moment: the unique register index lets one win; the other
                // takes the next number once. A number the caller chose is not silently changed.
                db.ChangeTracker.Clear();
                if (!await TakenAsync(directive.OrganizationId, today.Year, number, ct)) throw;
                if (request.Number is not null || attempt > 0)
                    return ServiceError.Conflict($"Số {number} năm {today.Year} vừa được dùng cho công văn khác; hãy thử lại.");
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return ServiceError.Conflict("Công văn vừa được người khác thay đổi; hãy tải lại rồi ban hành.");
            }
        }
    }

    /// <summary>From an issued letter, a new draft version with the same content, linked to it.</summary>
    public async Task<ServiceResult<DirectiveDto>> CorrectAsync(Guid id, CancellationToken ct = default)
    {
        var source = await Full(Visible().AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (source is null) return ServiceError.NotFound(NotFoundMessage);
        if (!CanWrite(source.OrganizationId)) return ServiceError.Forbidden();
        if (source.Status != DirectiveStatus.Issued) return ServiceError.Conflict("Chỉ đính chính được công văn đang có hiệu lực (đã ban hành, chưa bị thay thế).");
        if (await db.Set<Directive>().AnyAsync(d => d.PreviousVersionId == id, ct))
            return ServiceError.Conflict("Công văn này đã có bản đính chính.");
        var copy = new Directive
        {
            CampaignId = source.CampaignId, OrganizationId = source.OrganizationId, ParentDirectiveId = source.ParentDirectiveId,
            PreviousVersionId = source.Id, Version = source.Version + 1, Origin = source.Origin,
            ParentAgency = "", IssuingAgency = "", Symbol = "", Place = "", Subject = "", AuthorityTitle = "", SignerName = "", DraftingUnit = "",
        };
        DirectiveDefaults.CopyContent(source, copy);
        db.Add(copy);
        await db.SaveChangesAsync(ct);
        return await GetAsync(copy.Id, ct);
    }

    /// <summary>The warnings as field errors, plus what to send to issue anyway.</summary>
    private static ServiceError Unacknowledged(IReadOnlyList<DirectiveWarning> warnings)
    {
        var e = new FieldErrors();
        foreach (var w in warnings) e.Add(w.Field, w.Message);
        e.Add("acknowledgeWarnings", "Công văn còn cảnh báo; xem lại rồi gửi acknowledgeWarnings: true để vẫn ban hành.");
        return e.ToError("Công văn còn cảnh báo cần xác nhận trước khi ban hành.");
    }

    private async Task<int> NextFreeAsync(Guid issuerId, int year, CancellationToken ct) =>
        (await db.Set<Directive>().Where(d => d.OrganizationId == issuerId && d.Year == year && d.Number != null).MaxAsync(d => d.Number, ct) ?? 0) + 1;

    private Task<bool> TakenAsync(Guid issuerId, int year, int number, CancellationToken ct) =>
        db.Set<Directive>().AnyAsync(d => d.OrganizationId == issuerId && d.Year == year && d.Number == number, ct);
}
