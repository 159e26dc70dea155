using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>An Idempotency-Key and the SHA-256 (hex) of the request body it came with.</summary>
public sealed record IdempotencyInput(string Key, string BodyHash);

public enum IntakeOutcome { Created, Replayed, KeyReusedWithAnotherBody }

public sealed record IntakeResult(IntakeOutcome Outcome, IncidentDto? Incident);

public sealed partial class IncidentsService
{
    private const int NumberAttempts = 8;

    public bool CanReport => me.OrganizationId != Guid.Empty
        && (me.CanManageDirectory || me.IsInRole(Roles.Leader) || me.IsInRole(Roles.Member));

    /// <summary>
    /// Records a new incident with the next SC-YYYY-NNNN of the Vietnamese year (<see cref="IncidentNumbers"/>). The number
    /// and the idempotency key are unique indexes: a concurrent request that loses either race starts over (a new number)
    /// or replays the winner.
    /// </summary>
    public async Task<ServiceResult<IntakeResult>> CreateAsync(IncidentRequest request, IncidentChannel channel, IdempotencyInput? idempotency = null, CancellationToken ct = default)
    {
        if (!CanReport) return ServiceError.Forbidden("Tài khoản này không được báo sự cố.");
        var client = me.ApiKeyId is { } keyId ? $"key:{keyId}" : $"user:{me.UserId}";
        if (idempotency is not null && await ReplayAsync(client, idempotency, ct) is { } replay) return replay;

        var errors = new FieldErrors();
        var draft = await ValidateAsync(request, errors, ct);
        if (errors.Any || draft is null) return errors.ToError();
        if (draft.Names is null) return ServiceError.Forbidden("Đơn vị của tài khoản này không còn tồn tại.");
        if (IncidentNames.TryParse<IncidentChannel>(request.Channel, out var asked) && asked == IncidentChannel.Automatic && channel == IncidentChannel.Api)
            channel = IncidentChannel.Automatic;

        for (var attempt = 1; ; attempt++)
        {
            // Whole microseconds, as PostgreSQL keeps them: the answer shows the times a later read shows.
            var now = clock.GetUtcNow().UtcDateTime;
            now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
            var year = TimeDisplay.VietnamDay(now).Year;
            var incident = draft.Build(me, channel, year, await IncidentNumbers.NextAsync(db, year, ct), now);
            var reported = Entry(incident.Id, IncidentEntryKind.Reported, $"Tiếp nhận qua kênh {channel.Vietnamese()}.", now);
            db.Add(incident);
            db.Add(reported);
            if (idempotency is not null)
                db.Add(new IncidentIdempotencyKey
                {
                    Client = client, Key = idempotency.Key, BodyHash = idempotency.BodyHash, IncidentId = incident.Id,
                    OrganizationId = me.OrganizationId, CreatedAt = now,
                });
            events.Publish(db, new IncidentChange(incident.Id, incident.Number, "reported", incident.Status, incident.Severity, now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < NumberAttempts)
            {
                // Either a concurrent retry with the same Idempotency-Key won (replay it), or the number was taken by a row
                // written without the counter (move the counter past it and take the next).
                db.ChangeTracker.Clear();
                if (idempotency is not null && await ReplayAsync(client, idempotency, ct) is { } winner) return winner;
                await IncidentNumbers.CatchUpAsync(db, year, ct);
                continue;
            }
            Shared.Telemetry.AppMetrics.IncidentReported(channel.ToString());
            // Everything the answer shows is at hand: the validation read the names, nothing else exists yet.
            var involved = draft.Affected.Select(o => new InvolvedOrganizationDto(o.Id, o.ShortName, o.Name, IncidentInvolvement.Affected));
            var created = ToDto(incident, draft.Names, involved,
                [new TimelineEntryDto(reported.At, reported.Kind, reported.FromStatus, reported.ToStatus, reported.Text, reported.ByName)], []);
            return new IntakeResult(IntakeOutcome.Created, created);
        }
    }

    private async Task<IntakeResult?> ReplayAsync(string client, IdempotencyInput idempotency, CancellationToken ct)
    {
        var earlier = await IdempotencyKeyOf.For(db)(db, client, idempotency.Key, ct);
        if (earlier is null) return null;
        if (earlier.BodyHash != idempotency.BodyHash) return new IntakeResult(IntakeOutcome.KeyReusedWithAnotherBody, null);
        return new IntakeResult(IntakeOutcome.Replayed, (await GetAsync(earlier.IncidentId, ct)).Value);
    }

    private async Task<IncidentDraft?> ValidateAsync(IncidentRequest r, FieldErrors errors, CancellationToken ct)
    {
        var type = errors.Text("type", r.Type, 40, required: true, "Loại sự cố");
        if (r.Severity is null) errors.Add("severity", "Mức độ là bắt buộc.");
        else if (r.Severity is < 1 or > 4) errors.Add("severity", "Mức độ phải từ 1 (đặc biệt nghiêm trọng) đến 4 (thấp).");
        var title = errors.Text("title", r.Title, 300, required: true, "Tiêu đề");
        var description = errors.Text("description", r.Description, 4000, required: false, "Mô tả");
        var reporter = errors.Text("reporterName", r.ReporterName, 200, required: false, "Người báo");
        var phone = errors.Text("reporterPhone", r.ReporterPhone, 30, required: false, "Số điện thoại");
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')'))
            errors.Add("reporterPhone", "Số điện thoại chỉ gồm chữ số, dấu cách và + . - ( ).");
        if (r.Channel is not null && !IncidentNames.TryParse<IncidentChannel>(r.Channel, out _)) errors.Add("channel", "Kênh không hợp lệ.");

        var services = new List<AffectedService>();
        foreach (var text in r.Services ?? [])
            if (IncidentNames.TryParse<AffectedService>(text, out var service)) { if (!services.Contains(service)) services.Add(service); }
            else { errors.Add("services", "Dịch vụ bị ảnh hưởng không hợp lệ."); break; }

        var ids = (r.AffectedOrganizationIds ?? []).Distinct().ToList();
        List<InvolvedOrganizationDto> affected = [];
        if (ids.Count > 50) errors.Add("affectedOrganizationIds", "Tối đa 50 đơn vị bị ảnh hưởng.");
        else if (ids.Count > 0)
        {
            affected = await db.Set<Organization>().AsNoTracking().Where(o => ids.Contains(o.Id))
                .Select(o => new InvolvedOrganizationDto(o.Id, o.ShortName, o.Name, IncidentInvolvement.Affected)).ToListAsync(ct);
            if (affected.Count != ids.Count) errors.Add("affectedOrganizationIds", "Có đơn vị không tồn tại.");
        }
        // Null only when the reporter's organisation is gone; CreateAsync refuses that, so no field is blamed for it.
        var names = await NamesForAsync(type, r, ct);
        if (names is not null)
        {
            if (type is not null && names.Type is null) errors.Add("type", "Loại sự cố không tồn tại.");
            if (r.AreaId is not null && names.Area is null) errors.Add("areaId", "Địa bàn không tồn tại.");
            if (r.KeySiteId is not null && names.KeySite is null) errors.Add("keySiteId", "Điểm trọng yếu không tồn tại.");
            if (r.CampaignId is not null && names.Campaign is null) errors.Add("campaignId", "Chiến dịch không tồn tại.");
        }
        KeySiteCoordinates.Validate(errors, r.Latitude, r.Longitude);

        var now = clock.GetUtcNow().UtcDateTime;
        DateTime startedAt = now;
        if (!string.IsNullOrWhiteSpace(r.StartedAt))
        {
            if (!TryParseInstant(r.StartedAt, out startedAt)) errors.Add("startedAt", "Thời điểm bắt đầu không hợp lệ (dd/MM/yyyy HH:mm, giờ Việt Nam, hoặc ISO 8601).");
            else if (startedAt > now.AddMinutes(10)) errors.Add("startedAt", "Thời điểm bắt đầu không được ở tương lai.");
            else if (startedAt < new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) errors.Add("startedAt", "Thời điểm bắt đầu quá xa trong quá khứ.");
        }
        if (r.SubscribersAffected is < 0 or > 200_000_000) errors.Add("subscribersAffected", "Số thuê bao ảnh hưởng phải từ 0 đến 200.000.000.");
        if (errors.Any) return null;
        return new IncidentDraft(type!, r.Severity!.Value, title!, description, reporter, phone, services, affected, r.AreaId, r.KeySiteId,
            r.CampaignId, r.Latitude, r.Longitude, startedAt, (int?)r.SubscribersAffected, names);
    }

    /// <summary>
    /// In one round trip: the reporter's organisation and the names of the type, severity, area, key site and campaign the
    /// report names (null where it names none or one that does not exist). Null when the reporter's organisation is gone.
    /// </summary>
    private async Task<IncidentNamesOf?> NamesForAsync(string? type, IncidentRequest r, CancellationToken ct)
    {
        var row = await NamesOf.For(db)(db, me.OrganizationId, type ?? "", r.Severity ?? 0, r.AreaId, r.KeySiteId, r.CampaignId, ct);
        return row is null ? null : new IncidentNamesOf(row.Type!, row.Severity ?? "", row.Organization, row.Area, row.KeySite, row.Campaign, null);
    }

    private sealed record IntakeNames(string Organization, string? Type, string? Severity, string? Area, string? KeySite, string? Campaign);

    // Every report runs these two: compiled once, so EF does not translate or look them up each time.
    private static readonly CompiledQuery<Func<AppDbContext, string, string, CancellationToken, Task<IncidentIdempotencyKey?>>> IdempotencyKeyOf = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string client, string key, CancellationToken ct) =>
            db.Set<IncidentIdempotencyKey>().AsNoTracking().FirstOrDefault(k => k.Client == client && k.Key == key)));

    private static readonly CompiledQuery<Func<AppDbContext, Guid, string, int, Guid?, Guid?, Guid?, CancellationToken, Task<IntakeNames?>>> NamesOf = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid org, string type, int level, Guid? area, Guid? site, Guid? campaign, CancellationToken ct) =>
            db.Set<Organization>().AsNoTracking().Where(o => o.Id == org).Select(o => new IntakeNames(
                o.Name,
                db.Set<IncidentType>().Where(t => t.Code == type && t.IsActive).Select(t => t.Name).FirstOrDefault(),
                db.Set<IncidentSeverity>().Where(s => s.Level == level).Select(s => s.Name).FirstOrDefault(),
                db.Set<Area>().Where(a => a.Id == area).Select(a => a.Name).FirstOrDefault(),
                db.Set<KeySite>().Where(k => k.Id == site).Select(k => k.Name).FirstOrDefault(),
                db.Set<Campaign>().Where(c => c.Id == campaign).Select(c => c.Name).FirstOrDefault())).FirstOrDefault()));

    /// <summary>Vietnam time unless the text carries an offset or Z; dd/MM/yyyy HH:mm as the pages show it, or ISO 8601.</summary>
    public static bool TryParseInstant(string text, out DateTime utc)
    {
        utc = default;
        text = text.Trim();
        if (text.Length > 40) return false;
        if (!DateTime.TryParseExact(text, ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            && !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value)) return false;
        utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => TimeZoneInfo.ConvertTimeToUtc(value, TimeDisplay.Vietnam),
        };
        return true;
    }

    private sealed record IncidentDraft(string Type, int Severity, string Title, string? Description, string? ReporterName, string? ReporterPhone,
        List<AffectedService> Services, List<InvolvedOrganizationDto> Affected, Guid? AreaId, Guid? KeySiteId, Guid? CampaignId, double? Latitude,
        double? Longitude, DateTime StartedAt, int? SubscribersAffected, IncidentNamesOf? Names)
    {
        public Incident Build(CurrentUser me, IncidentChannel channel, int year, int sequence, DateTime now)
        {
            var incident = new Incident
            {
                Number = Incident.NumberOf(year, sequence), Year = year, Sequence = sequence, OrganizationId = me.OrganizationId,
                Channel = channel, TypeCode = Type, Severity = Severity, Title = Title, Description = Description,
                ReporterName = ReporterName ?? me.FullName ?? me.UserName, ReporterPhone = ReporterPhone,
                ReportedByUserId = me.UserId, ReportedByApiKeyId = me.ApiKeyId, Services = string.Join(',', Services),
                AreaId = AreaId, KeySiteId = KeySiteId, CampaignId = CampaignId, Latitude = Latitude, Longitude = Longitude,
                StartedAt = StartedAt, SubscribersAffected = SubscribersAffected, CreatedAt = now, UpdatedAt = now,
            };
            incident.Organizations.AddRange(Affected.Select(o => new IncidentOrganization { IncidentId = incident.Id, OrganizationId = o.Id, Role = IncidentInvolvement.Affected }));
            return incident;
        }
    }
}
