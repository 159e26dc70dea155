using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

public sealed partial class IncidentsService
{
    private const string OrderText = "Thời điểm khôi phục không được trước thời điểm bắt đầu.";

    /// <summary>
    /// Corrects when the outage began and when the service came back (those who may update the incident), each change
    /// written on the timeline with its reason. The service time is only for an incident that is restored or closed.
    /// </summary>
    public async Task<ServiceResult<IncidentDto>> ChangeTimesAsync(Guid id, TimesRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var startedAt = ServiceTime(errors, "startedAt", request.StartedAt, "bắt đầu");
        var restoredAt = ServiceTime(errors, "restoredAt", request.RestoredAt, "khôi phục");
        if (string.IsNullOrWhiteSpace(request.StartedAt) && string.IsNullOrWhiteSpace(request.RestoredAt))
            errors.Add("startedAt", "Nhập thời điểm bắt đầu hoặc thời điểm khôi phục cần sửa.");
        var reason = errors.Text("reason", request.Reason, 2000, required: true, "Lý do sửa");
        if (request.Revision is null) errors.Add("revision", "Phiên bản (revision) là bắt buộc.");
        if (startedAt is not null && restoredAt is not null && restoredAt < startedAt) errors.Add("restoredAt", OrderText);
        if (errors.Any) return errors.ToError();

        return await UpdateAsync(id, request.Revision!.Value, (incident, now) =>
        {
            if (incident.Status is IncidentStatus.Cancelled or IncidentStatus.Merged)
                return ServiceError.Conflict($"Sự cố đã {incident.Status.Vietnamese().ToLowerInvariant()}, không sửa thời điểm được nữa.");
            var refused = new FieldErrors();
            if (startedAt > now) refused.Add("startedAt", FutureText("bắt đầu"));
            if (restoredAt > now) refused.Add("restoredAt", FutureText("khôi phục"));
            if (restoredAt is not null && incident.Status is not (IncidentStatus.Restored or IncidentStatus.Closed))
                refused.Add("restoredAt", "Chỉ sửa thời điểm khôi phục khi sự cố đã khôi phục hoặc đã đóng.");
            var start = startedAt ?? incident.StartedAt;
            var end = restoredAt ?? incident.ServiceRestoredAt;
            if (!refused.Any && end < start) refused.Add(restoredAt is null ? "startedAt" : "restoredAt", OrderText);
            if (refused.Any) return refused.ToError();

            var changes = new List<string>();
            if (startedAt is { } s && s != incident.StartedAt)
                changes.Add($"bắt đầu {TimeDisplay.Format(incident.StartedAt)} → {TimeDisplay.Format(s)}");
            if (restoredAt is { } r && r != incident.ServiceRestoredAt)
                changes.Add($"khôi phục {(incident.ServiceRestoredAt is null ? "(chưa có)" : TimeDisplay.Format(incident.ServiceRestoredAt))} → {TimeDisplay.Format(r)}");
            if (changes.Count == 0) return ServiceError.Invalid(restoredAt is null ? "startedAt" : "restoredAt", "Thời điểm nhập trùng với thời điểm đang ghi.");
            incident.StartedAt = start;
            incident.ServiceRestoredAt = end;
            db.Add(Entry(incident.Id, IncidentEntryKind.Times, $"Sửa thời điểm: {string.Join("; ", changes)}. Lý do: {reason}", now));
            return null;
        }, "times", ct);
    }

    /// <summary>A time the user typed (Vietnam time, or ISO 8601 with an offset), or null when none was given.</summary>
    private static DateTime? ServiceTime(FieldErrors errors, string field, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!TryParseInstant(text, out var utc) || utc < new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc))
        {
            errors.Add(field, $"Thời điểm {what} không hợp lệ (dd/MM/yyyy HH:mm, giờ Việt Nam, hoặc ISO 8601).");
            return null;
        }
        return utc;
    }

    private static string FutureText(string what) => $"Thời điểm {what} không được ở tương lai.";
}
