using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Files;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

public sealed record IncidentAttachmentDto(Guid FileId, Guid EntryId, string FileName, string ContentType, long Size, bool IsImage, string Url,
    DateTime At, string? ByName, string? Note);

public sealed record IncidentAttachmentsResult(int Revision, IReadOnlyList<IncidentAttachmentDto> Attachments);

/// <summary>
/// Files on an incident's timeline. Whoever may add a note may attach (the same rule); each upload writes one timeline
/// entry (its note, or the file names) and its files in one SaveChanges, or nothing. Attachments never conflict with other
/// edits, but they bump the incident's revision so open pages and the board notice a change. Reading follows the incident:
/// an incident the caller cannot see, or a file not attached to it, is "not found".
/// </summary>
public sealed class IncidentAttachmentsService(AppDbContext db, CurrentUser me, IncidentsService incidents, FileStore files, TimeProvider clock, DomainEvents events)
{
    public const int MaxFiles = 10;
    private const string NotFoundText = "Không tìm thấy sự cố.";

    public async Task<ServiceResult<IncidentAttachmentsResult>> AddAsync(Guid incidentId, IReadOnlyList<FileUpload> uploads, string? note, CancellationToken ct = default)
    {
        // Attachments never conflict: if another edit bumped the revision meanwhile, start over on the newer one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AddOnceAsync(incidentId, uploads, note, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<ServiceResult<IncidentAttachmentsResult>> AddOnceAsync(Guid incidentId, IReadOnlyList<FileUpload> uploads, string? note, CancellationToken ct)
    {
        var incident = await incidents.Visible().Include(i => i.Organizations).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return ServiceError.NotFound(NotFoundText);
        if (!CanAttach(incident)) return ServiceError.Forbidden("Bạn không được đính kèm tệp vào sự cố này.");
        var errors = new FieldErrors();
        var text = errors.Text("note", note, 2000, required: false, "Ghi chú");
        if (uploads.Count == 0) errors.Add("files", "Chọn ít nhất một tệp.");
        else if (uploads.Count > MaxFiles) errors.Add("files", $"Tối đa {MaxFiles} tệp mỗi lần.");
        if (errors.Any) return errors.ToError();

        var orgId = me.OrganizationId == Guid.Empty ? (Guid?)null : me.OrganizationId;
        var stored = new List<StoredFile>();
        foreach (var upload in uploads)
            if (await files.StageAsync(upload, "files", errors, orgId, me.UserId, ct: ct) is { } file) stored.Add(file);
        if (errors.Any)
        {
            db.ChangeTracker.Clear(); // the files staged before the bad one must not be saved by a later SaveChanges
            return errors.ToError();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var names = string.Join(", ", stored.Select(f => f.FileName));
        var entry = new IncidentEntry
        {
            IncidentId = incidentId, Kind = IncidentEntryKind.Note, At = now, ByUserId = me.UserId, ByName = me.FullName ?? me.UserName ?? "?",
            OrganizationId = orgId, Text = Truncate(text is null ? $"Đính kèm {stored.Count} tệp: {names}." : $"{text}\n(Đính kèm: {names})"),
        };
        db.Add(entry);
        db.AddRange(stored.Select(f => new IncidentAttachment { IncidentId = incidentId, EntryId = entry.Id, FileId = f.Id, OrganizationId = orgId }));
        incident.Revision++;
        incident.UpdatedAt = now;
        events.Publish(db, new IncidentChanged(incidentId, incident.Number, "attachment", incident.Status, incident.Severity, now));
        await db.SaveChangesAsync(ct);
        return new IncidentAttachmentsResult(incident.Revision, await ListOfAsync(incidentId, ct));
    }

    public async Task<ServiceResult<IReadOnlyList<IncidentAttachmentDto>>> ListAsync(Guid incidentId, CancellationToken ct = default)
    {
        if (!await incidents.Visible().AnyAsync(i => i.Id == incidentId, ct)) return ServiceError.NotFound(NotFoundText);
        return new ServiceResult<IReadOnlyList<IncidentAttachmentDto>>(await ListOfAsync(incidentId, ct), null);
    }

    public async Task<ServiceResult<(StoredFile File, byte[] Bytes)>> ReadAsync(Guid incidentId, Guid fileId, CancellationToken ct = default)
    {
        var attached = await incidents.Visible().AnyAsync(i => i.Id == incidentId, ct)
            && await db.Set<IncidentAttachment>().AnyAsync(a => a.IncidentId == incidentId && a.FileId == fileId, ct);
        if (!attached) return ServiceError.NotFound("Không tìm thấy tệp.");
        // A checksum mismatch is served as missing rather than as bytes nobody uploaded.
        return await files.ReadAsync(fileId, ct) is { } file ? file : ServiceError.NotFound("Không tìm thấy tệp.");
    }

    /// <summary>Whether to offer the upload form on the incident page (the service checks again on upload).</summary>
    public bool CanAttach(IncidentDto incident) =>
        incident.CanUpdate || me.IsInRole(Roles.Leader)
        || (me.IsInRole(Roles.Member) && incident.Organizations.Any(o => o.Id == me.OrganizationId));

    /// <summary>The same rule as notes: whoever may update, a Leader, or a Member of any involved organisation.</summary>
    private bool CanAttach(Incident incident) =>
        incidents.CanUpdate(incident) || me.IsInRole(Roles.Leader)
        || (me.IsInRole(Roles.Member) && incident.Organizations.Any(o => o.OrganizationId == me.OrganizationId));

    private async Task<IReadOnlyList<IncidentAttachmentDto>> ListOfAsync(Guid incidentId, CancellationToken ct)
    {
        var rows = await (from a in db.Set<IncidentAttachment>().AsNoTracking()
                          join e in db.Set<IncidentEntry>() on a.EntryId equals e.Id
                          where a.IncidentId == incidentId
                          select new { a.FileId, a.EntryId, a.File!.FileName, a.File.ContentType, a.File.Size, a.File.Kind, e.At, e.ByName, e.Text })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.At).ThenBy(r => r.FileId)
            .Select(r => new IncidentAttachmentDto(r.FileId, r.EntryId, r.FileName, r.ContentType, r.Size, IsImage(r.Kind),
                $"/api/v1/incidents/{incidentId}/attachments/{r.FileId}", r.At, r.ByName, r.Text))
            .ToList();
    }

    public static bool IsImage(FileKind kind) => kind is FileKind.Png or FileKind.Jpeg or FileKind.Gif or FileKind.Webp;

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..3999] + "…";
}
