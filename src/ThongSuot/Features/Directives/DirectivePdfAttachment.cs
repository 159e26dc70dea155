using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

/// <summary>
/// A letter's .pdf for its delivery e-mail, rendered as the site's download renders it. The dispatcher has no signed-in
/// user, so the letter is read past the visibility filter: the message already names its recipient.
/// </summary>
public sealed class DirectivePdfAttachment(TimeProvider clock) : IOutboxAttachmentSource
{
    public const string KindName = "directive-pdf";

    public string Kind => KindName;

    public static string Reference(Guid directiveId) => OutboxAttachments.Reference(KindName, directiveId.ToString());

    public async Task<OutboxAttachment?> RenderAsync(string key, AppDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(key, out var id)) return null;
        var d = await DirectivesService.Full(db.Set<Directive>().AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is null ? null
            : new OutboxAttachment(DirectiveDocuments.FileName(d, "pdf"), DirectiveDocuments.PdfType, DirectiveDocuments.Pdf(d, TimeDisplay.Today(clock)));
    }
}
