using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Directives;

/// <summary>One recipient organisation of an issued letter: sent when, first opened when and by whom (null: not yet).</summary>
public sealed record DirectiveReceiptDto(Guid OrganizationId, string OrganizationName, DateTime SentAt, DateTime? FirstOpenedAt, string? FirstOpenedBy);

public sealed partial class DirectivesService
{
    /// <summary>
    /// A person of a recipient organisation opened the letter: the first time is its receipt ("đã nhận"). One conditional
    /// update, so of two members opening at once the first stays; later openings change nothing.
    /// </summary>
    public async Task MarkOpenedAsync(Guid id, CancellationToken ct = default)
    {
        if (me.UserId is not { } userId || me.OrganizationId == Guid.Empty) return;
        var org = me.OrganizationId;
        if (!await Visible().AnyAsync(d => d.Id == id && d.Status != DirectiveStatus.Draft, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<DirectiveReceipt>().Where(r => r.DirectiveId == id && r.OrganizationId == org && r.FirstOpenedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FirstOpenedAt, now).SetProperty(r => r.FirstOpenedById, userId), ct);
    }

    /// <summary>Who has the letter and who opened it, for its issuer and the province-wide roles; null for anyone else.</summary>
    public async Task<IReadOnlyList<DirectiveReceiptDto>?> ReceiptsAsync(Guid id, CancellationToken ct = default)
    {
        var issuer = await Visible().AsNoTracking().Where(d => d.Id == id).Select(d => (Guid?)d.OrganizationId).FirstOrDefaultAsync(ct);
        if (issuer is not { } issuerId || !(me.SeesAllOrganizations || (me.OrganizationId == issuerId && issuerId != Guid.Empty))) return null;
        var rows = await db.Set<DirectiveReceipt>().AsNoTracking().Where(r => r.DirectiveId == id)
            .Select(r => new DirectiveReceiptDto(r.OrganizationId,
                db.Set<Organization>().Where(o => o.Id == r.OrganizationId).Select(o => o.Name).First(), r.SentAt, r.FirstOpenedAt,
                db.Users.Where(u => u.Id == r.FirstOpenedById).Select(u => u.FullName).FirstOrDefault()))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.FirstOpenedAt is not null).ThenBy(r => r.OrganizationName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
    }
}
