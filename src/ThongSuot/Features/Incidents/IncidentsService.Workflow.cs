using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

public sealed partial class IncidentsService
{
    public async Task<ServiceResult<IncidentDto>> ChangeStatusAsync(Guid id, StatusRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!IncidentNames.TryParse<IncidentStatus>(request.Status, out var to))
            errors.Add("status", string.IsNullOrWhiteSpace(request.Status) ? "Trạng thái là bắt buộc." : "Trạng thái không hợp lệ.");
        else if (to == IncidentStatus.Merged) errors.Add("status", "Gộp sự cố qua thao tác gộp (merge), chỉ rõ sự cố trùng.");
        if (request.Revision is null) errors.Add("revision", "Phiên bản (revision) là bắt buộc.");
        var note = errors.Text("note", request.Note, 4000, required: false, "Ghi chú");
        var serviceRestoredAt = ServiceTime(errors, "restoredAt", request.RestoredAt, "khôi phục");
        if (serviceRestoredAt is not null && errors.Any is false && to != IncidentStatus.Restored)
            errors.Add("restoredAt", "Chỉ nhập thời điểm khôi phục khi chuyển sang \"Đã khôi phục\".");
        if (errors.Any) return errors.ToError();

        return await UpdateAsync(id, request.Revision!.Value, (incident, now) =>
        {
            if (IncidentWorkflow.Refusal(incident.Status, to) is { } refusal) return ServiceError.Conflict(refusal);
            if (serviceRestoredAt > now) return ServiceError.Invalid("restoredAt", FutureText("khôi phục"));
            if (serviceRestoredAt < incident.StartedAt) return ServiceError.Invalid("restoredAt", OrderText);
            var from = incident.Status;
            IncidentWorkflow.Apply(incident, to, now, serviceRestoredAt);
            var entry = Entry(incident.Id, IncidentEntryKind.Status, note, now);
            (entry.FromStatus, entry.ToStatus) = (from, to);
            db.Add(entry);
            return null;
        }, "status", ct);
    }

    /// <summary>Notes append to the timeline and leave the revision alone: two people writing notes at once both keep theirs.</summary>
    public async Task<ServiceResult<IncidentDto>> AddNoteAsync(Guid id, NoteRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var text = errors.Text("text", request.Text, 4000, required: true, "Nội dung");
        if (errors.Any) return errors.ToError();
        var incident = await Visible().Include(i => i.Organizations).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return ServiceError.NotFound(NotFoundText);
        if (!CanNote(incident)) return ServiceError.Forbidden("Bạn không được ghi chú vào sự cố này.");
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(Entry(id, IncidentEntryKind.Note, text, now));
        events.Publish(db, new IncidentChanged(id, incident.Number, "note", incident.Status, incident.Severity, now));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Sets the organisations responsible for the response (Coordinator/Admin); their Members may then update the incident.</summary>
    public async Task<ServiceResult<IncidentDto>> AssignAsync(Guid id, AssignRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var wanted = (request.OrganizationIds ?? []).Distinct().ToList();
        if (wanted.Count > 20) errors.Add("organizationIds", "Tối đa 20 đơn vị xử lý.");
        if (request.Revision is null) errors.Add("revision", "Phiên bản (revision) là bắt buộc.");
        var note = errors.Text("note", request.Note, 4000, required: false, "Ghi chú");
        if (errors.Any) return errors.ToError();
        var names = await db.Set<Organization>().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        if (names.Count != wanted.Count) return ServiceError.Invalid("organizationIds", "Có đơn vị không tồn tại.");
        if (!me.CanManageDirectory)
            return await Visible().AnyAsync(i => i.Id == id, ct) ? ServiceError.Forbidden("Chỉ điều phối viên giao đơn vị xử lý.") : ServiceError.NotFound(NotFoundText);

        List<Guid> added = [], removedIds = [];
        return await UpdateAsync(id, request.Revision!.Value, (incident, now) =>
        {
            if (IncidentWorkflow.IsFinal(incident.Status)) return ServiceError.Conflict("Sự cố đã kết thúc, không giao xử lý được nữa.");
            var assigned = incident.Organizations.Where(o => o.Role == IncidentInvolvement.Assigned).ToList();
            var removed = assigned.Where(o => !wanted.Contains(o.OrganizationId)).ToList();
            foreach (var gone in removed) incident.Organizations.Remove(gone);
            removedIds = removed.Select(o => o.OrganizationId).ToList();
            added = wanted.Where(w => assigned.All(a => a.OrganizationId != w)).ToList();
            incident.Organizations.AddRange(added.Select(o => new IncidentOrganization { IncidentId = incident.Id, OrganizationId = o, Role = IncidentInvolvement.Assigned }));
            var text = "Giao xử lý: " + (wanted.Count == 0 ? "(không đơn vị nào)" : string.Join(", ", wanted.Select(w => names[w])));
            db.Add(Entry(incident.Id, IncidentEntryKind.Assignment, note is null ? text : $"{text}. {note}", now));
            return null;
        }, "assigned", ct, () => (added, removedIds));
    }

    /// <summary>Marks a duplicate as merged into the incident that carries on; both timelines say so.</summary>
    public async Task<ServiceResult<IncidentDto>> MergeAsync(Guid id, MergeRequest request, CancellationToken ct = default)
    {
        // The right first: a member is refused the same way whatever the body says about the target.
        if (!me.CanManageDirectory)
            return await Visible().AnyAsync(i => i.Id == id, ct) ? ServiceError.Forbidden("Chỉ điều phối viên gộp sự cố.") : ServiceError.NotFound(NotFoundText);
        var errors = new FieldErrors();
        if (request.IntoId is null) errors.Add("intoId", "Sự cố gộp vào là bắt buộc.");
        else if (request.IntoId == id) errors.Add("intoId", "Không gộp sự cố vào chính nó.");
        if (request.Revision is null) errors.Add("revision", "Phiên bản (revision) là bắt buộc.");
        var note = errors.Text("note", request.Note, 4000, required: false, "Ghi chú");
        if (errors.Any) return errors.ToError();
        var target = await Visible().FirstOrDefaultAsync(i => i.Id == request.IntoId, ct);
        if (target is null) return ServiceError.Invalid("intoId", "Không tìm thấy sự cố gộp vào.");
        if (target.Status is IncidentStatus.Merged or IncidentStatus.Cancelled)
            return ServiceError.Conflict($"Sự cố {target.Number} đã {target.Status.Vietnamese().ToLowerInvariant()}, không gộp vào được.");
        return await UpdateAsync(id, request.Revision!.Value, (incident, now) =>
        {
            if (IncidentWorkflow.Refusal(incident.Status, IncidentStatus.Merged) is { } refusal) return ServiceError.Conflict(refusal);
            var from = incident.Status;
            IncidentWorkflow.Apply(incident, IncidentStatus.Merged, now);
            incident.MergedIntoId = target.Id;
            var entry = Entry(incident.Id, IncidentEntryKind.Merge, $"Gộp vào sự cố {target.Number}." + (note is null ? "" : " " + note), now);
            (entry.FromStatus, entry.ToStatus) = (from, IncidentStatus.Merged);
            db.Add(entry);
            db.Add(Entry(target.Id, IncidentEntryKind.Merge, $"Sự cố {incident.Number} (trùng) được gộp vào đây.", now));
            return null;
        }, "merged", ct);
    }

    /// <summary>
    /// Load, check the caller's revision, change, bump the revision, save. The revision is EF's concurrency token, so a
    /// writer that read the same revision a moment earlier loses in the database too: 409, and their change is not applied.
    /// </summary>
    /// <param name="involvement">For an assignment: the organisations it added and took off, read after <paramref name="change"/> ran.</param>
    private async Task<ServiceResult<IncidentDto>> UpdateAsync(Guid id, int revision, Func<Incident, DateTime, ServiceError?> change, string what, CancellationToken ct,
        Func<(List<Guid> Added, List<Guid> Removed)>? involvement = null)
    {
        var incident = await Visible().Include(i => i.Organizations).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return ServiceError.NotFound(NotFoundText);
        if (!CanUpdate(incident)) return ServiceError.Forbidden("Bạn không được cập nhật sự cố này.");
        if (incident.Revision != revision) return Stale(incident.Revision);
        var now = clock.GetUtcNow().UtcDateTime;
        if (change(incident, now) is { } refused) return refused;
        incident.Revision++;
        incident.UpdatedAt = now;
        var (added, removed) = involvement?.Invoke() ?? ([], []);
        events.Publish(db, new IncidentChanged(id, incident.Number, what, incident.Status, incident.Severity, now, added, removed));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Incident>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Revision).FirstOrDefaultAsync(ct);
            return Stale(current);
        }
        return await GetAsync(id, ct);
    }
}
