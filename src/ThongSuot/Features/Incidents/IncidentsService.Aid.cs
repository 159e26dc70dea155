using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>Mutual aid on an incident: those who may update it ask another organisation, which accepts or declines.</summary>
public sealed partial class IncidentsService
{
    public async Task<ServiceResult<IReadOnlyList<AidRequestDto>>> ListAidRequestsAsync(Guid incidentId, CancellationToken ct = default)
    {
        if (!await Visible().AnyAsync(i => i.Id == incidentId, ct)) return ServiceError.NotFound(NotFoundText);
        return new ServiceResult<IReadOnlyList<AidRequestDto>>(await AidRequestsOfAsync(incidentId, ct), null);
    }

    public async Task<ServiceResult<AidRequestDto>> RequestAidAsync(Guid incidentId, AidRequestBody body, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (body.OrganizationId is null) errors.Add("organizationId", "Đơn vị được đề nghị là bắt buộc.");
        if (!IncidentNames.TryParse<AidResourceKind>(body.Kind, out var kind))
            errors.Add("kind", string.IsNullOrWhiteSpace(body.Kind) ? "Loại nguồn lực là bắt buộc." : "Loại nguồn lực không hợp lệ.");
        var count = body.Count ?? 1;
        if (count is < 1 or > 1000) errors.Add("count", "Số lượng phải từ 1 đến 1000.");
        var note = errors.Text("note", body.Note, 2000, required: false, "Nội dung đề nghị");
        if (errors.Any) return errors.ToError();

        var incident = await Visible().Include(i => i.Organizations).FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null) return ServiceError.NotFound(NotFoundText);
        if (!CanUpdate(incident)) return ServiceError.Forbidden("Bạn không được đề nghị hỗ trợ cho sự cố này.");
        if (IncidentWorkflow.IsFinal(incident.Status)) return ServiceError.Conflict("Sự cố đã kết thúc, không đề nghị hỗ trợ được nữa.");
        var requester = me.OrganizationId;
        var provider = await db.Set<Organization>().FirstOrDefaultAsync(o => o.Id == body.OrganizationId, ct);
        if (provider is null) return ServiceError.Invalid("organizationId", "Đơn vị được đề nghị không tồn tại.");
        if (provider.Id == requester) return ServiceError.Invalid("organizationId", "Không đề nghị chính đơn vị mình; hãy cập nhật kho nguồn lực của đơn vị.");

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new AidRequest
        {
            IncidentId = incidentId, OrganizationId = provider.Id, RequestedByOrganizationId = requester, Kind = kind, Count = count,
            Note = note, RequestedBy = ActorName, RequestedAt = now,
        };
        db.Add(request);
        if (!incident.Organizations.Any(o => o.OrganizationId == provider.Id && o.Role == IncidentInvolvement.AidProvider))
            incident.Organizations.Add(new IncidentOrganization { IncidentId = incidentId, OrganizationId = provider.Id, Role = IncidentInvolvement.AidProvider });
        db.Add(Entry(incidentId, IncidentEntryKind.AidRequest, $"Đề nghị {provider.ShortName} hỗ trợ {count} × {kind.Vietnamese()}." + (note is null ? "" : " " + note), now));
        events.Publish(db, new IncidentChanged(incidentId, incident.Number, "aid-requested", incident.Status, incident.Severity, now));
        await db.SaveChangesAsync(ct);
        return (await AidRequestsOfAsync(incidentId, ct)).First(r => r.Id == request.Id);
    }

    /// <summary>The asked organisation (its Members, or a Coordinator) accepts, optionally naming which of its resources goes (marked deployed), or declines.</summary>
    public async Task<ServiceResult<AidRequestDto>> AnswerAidAsync(Guid incidentId, Guid requestId, bool accept, AidResponseBody body, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var note = errors.Text("note", body.Note, 2000, required: !accept, accept ? "Ghi chú" : "Lý do từ chối");
        if (errors.Any) return errors.ToError();
        if (!await Visible().AnyAsync(i => i.Id == incidentId, ct)) return ServiceError.NotFound(NotFoundText);
        var request = await db.Set<AidRequest>().FirstOrDefaultAsync(r => r.Id == requestId && r.IncidentId == incidentId, ct);
        if (request is null) return ServiceError.NotFound("Không tìm thấy đề nghị hỗ trợ.");
        if (!CanAnswer(request.OrganizationId)) return ServiceError.Forbidden("Chỉ đơn vị được đề nghị mới trả lời đề nghị này.");
        if (request.Status != AidRequestStatus.Pending) return ServiceError.Conflict($"Đề nghị đã được trả lời ({request.Status.Vietnamese().ToLowerInvariant()}).");
        var now = clock.GetUtcNow().UtcDateTime;
        if (accept && body.ResourceId is { } resourceId)
        {
            var resource = await db.Set<AidResource>().FirstOrDefaultAsync(r => r.Id == resourceId && r.OrganizationId == request.OrganizationId, ct);
            if (resource is null) return ServiceError.Invalid("resourceId", "Nguồn lực không thuộc đơn vị được đề nghị.");
            if (resource.Status != AidResourceStatus.Available) return ServiceError.Conflict("Nguồn lực này không ở trạng thái sẵn sàng.");
            resource.Status = AidResourceStatus.Deployed;
            resource.UpdatedAt = now;
            request.ResourceId = resourceId;
        }
        request.Status = accept ? AidRequestStatus.Accepted : AidRequestStatus.Declined;
        request.ResponseNote = note;
        request.RespondedBy = ActorName;
        request.RespondedAt = now;
        var provider = await db.Set<Organization>().Where(o => o.Id == request.OrganizationId).Select(o => o.ShortName).FirstAsync(ct);
        db.Add(Entry(incidentId, IncidentEntryKind.AidResponse,
            $"{provider} {(accept ? "nhận hỗ trợ" : "từ chối hỗ trợ")} {request.Count} × {request.Kind.Vietnamese()}." + (note is null ? "" : " " + note), now));
        var incident = await db.Set<Incident>().AsNoTracking().FirstAsync(i => i.Id == incidentId, ct);
        events.Publish(db, new IncidentChanged(incidentId, incident.Number, accept ? "aid-accepted" : "aid-declined", incident.Status, incident.Severity, now));
        await db.SaveChangesAsync(ct);
        return (await AidRequestsOfAsync(incidentId, ct)).First(r => r.Id == requestId);
    }

    private bool CanAnswer(Guid providerId) => me.CanManageDirectory || (me.IsInRole(Roles.Member) && me.OrganizationId == providerId);

    private async Task<IReadOnlyList<AidRequestDto>> AidRequestsOfAsync(Guid incidentId, CancellationToken ct)
    {
        var rows = await db.Set<AidRequest>().AsNoTracking().Where(r => r.IncidentId == incidentId).OrderBy(r => r.RequestedAt).ToListAsync(ct);
        var orgIds = rows.SelectMany(r => new[] { r.OrganizationId, r.RequestedByOrganizationId }).Distinct().ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        return rows.Select(r => new AidRequestDto(r.Id, r.IncidentId, r.OrganizationId, names.GetValueOrDefault(r.OrganizationId, ""),
            r.RequestedByOrganizationId, names.GetValueOrDefault(r.RequestedByOrganizationId, ""), r.Kind, r.Kind.Vietnamese(), r.Count, r.Note,
            r.Status, r.Status.Vietnamese(), r.ResourceId, r.ResponseNote, r.RequestedBy, r.RespondedBy, r.RequestedAt, r.RespondedAt,
            r.Status == AidRequestStatus.Pending && CanAnswer(r.OrganizationId))).ToList();
    }
}
