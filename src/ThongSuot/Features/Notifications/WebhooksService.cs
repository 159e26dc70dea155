using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

/// <summary>Webhook endpoints: a Member manages its own organisation's, Coordinators and Admins any organisation's.</summary>
public sealed class WebhooksService(AppDbContext db, CurrentUser me, Outbox outbox, TimeProvider clock, IOptionsMonitor<NotificationsOptions> options)
{
    public async Task<IReadOnlyList<WebhookDto>> ListAsync(Guid? organizationId, CancellationToken ct = default)
    {
        var rows = await Rows(Visible().Where(w => organizationId == null || w.OrganizationId == organizationId)).ToListAsync(ct);
        return rows.OrderBy(w => w.OrganizationShortName).ThenBy(w => w.Name).ToList();
    }

    public async Task<ServiceResult<WebhookDto>> GetAsync(Guid id, CancellationToken ct = default) =>
        await Rows(Visible().Where(w => w.Id == id)).FirstOrDefaultAsync(ct) is { } dto ? dto : ServiceError.NotFound("Không tìm thấy điểm nhận webhook.");

    public async Task<ServiceResult<WebhookCreated>> CreateAsync(WebhookInput input, CancellationToken ct = default)
    {
        var organizationId = input.OrganizationId ?? me.OrganizationId;
        var errors = Validate(input, out var name, out var url, out var filter);
        if (!await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct)) errors.Add("organizationId", "Tổ chức không tồn tại.");
        if (errors.Any) return errors.ToError();
        if (!me.CanEditOrganization(organizationId)) return ServiceError.Forbidden("Bạn không có quyền quản lý webhook của tổ chức này.");
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = SecretToken.New("whsec_");
        var endpoint = new WebhookEndpoint
        {
            OrganizationId = organizationId, Name = name!, Url = url!, Secret = secret, Enabled = input.Enabled,
            EventFilter = filter, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return new WebhookCreated((await GetAsync(endpoint.Id, ct)).Value!, secret);
    }

    public async Task<ServiceResult<WebhookDto>> UpdateAsync(Guid id, WebhookInput input, CancellationToken ct = default)
    {
        var endpoint = await Visible().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (endpoint is null) return ServiceError.NotFound("Không tìm thấy điểm nhận webhook.");
        var errors = Validate(input, out var name, out var url, out var filter);
        if (errors.Any) return errors.ToError();
        endpoint.Name = name!;
        endpoint.Url = url!;
        endpoint.Enabled = input.Enabled;
        endpoint.EventFilter = filter;
        endpoint.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(id, ct)).Value!;
    }

    public async Task<ServiceResult<WebhookDto>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var dto = await GetAsync(id, ct);
        if (dto.Error is not null) return dto;
        db.Remove(await db.Set<WebhookEndpoint>().FirstAsync(w => w.Id == id, ct));
        await db.SaveChangesAsync(ct);
        return dto;
    }

    /// <summary>Queues a "webhook.test" delivery now; the dispatcher sends it like any other (signed, retried).</summary>
    public async Task<ServiceResult<WebhookTestQueued>> SendTestAsync(Guid id, CancellationToken ct = default)
    {
        var endpoint = await Visible().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (endpoint is null) return ServiceError.NotFound("Không tìm thấy điểm nhận webhook.");
        if (!endpoint.Enabled) return ServiceError.Conflict("Điểm nhận webhook đang tắt; hãy bật trước khi gửi thử.");
        var message = new OutboxMessage
        {
            Channel = OutboxChannel.Webhook, EventType = WebhookEvents.Test, DedupKey = $"webhook-test:{Guid.CreateVersion7()}",
            WebhookEndpointId = endpoint.Id, OrganizationId = endpoint.OrganizationId,
            Subject = "Sự kiện thử từ ThongSuot", Body = $"Gửi thử tới “{endpoint.Name}” bởi {me.UserName ?? "khóa API"}.",
            Payload = $$"""{"webhookId":"{{endpoint.Id}}"}""",
        };
        await outbox.EnqueueAsync(db, message, ct);
        await outbox.SaveChangesAsync(db, ct);
        return new WebhookTestQueued(message.Id);
    }

    private FieldErrors Validate(WebhookInput input, out string? name, out string? url, out string filter)
    {
        var errors = new FieldErrors();
        name = errors.Text("name", input.Name, 200, true, "Tên");
        url = errors.Text("url", input.Url, 500, true, "Địa chỉ URL");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                                 && !string.IsNullOrEmpty(uri.Host) && string.IsNullOrEmpty(uri.UserInfo)))
            errors.Add("url", "Địa chỉ URL phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://.");
        // A name is only resolved at delivery (WebhookConnector); what the URL says outright is refused here already.
        else if (url is not null && !options.CurrentValue.Webhooks.AllowPrivateNetworks && WebhookAddressGuard.IsRefusedHost(new Uri(url).IdnHost))
            errors.Add("url", WebhookAddressGuard.RefusedMessage);
        var parts = WebhookEvents.Parse(errors.Text("eventFilter", input.EventFilter, 500, false, "Lọc sự kiện")).ToList();
        if (parts.Any(p => p.Length > 100 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '*' or '_' or '-')))
            errors.Add("eventFilter", "Lọc sự kiện gồm các tên sự kiện (chữ, số, dấu chấm, *) cách nhau bằng dấu phẩy.");
        filter = string.Join(",", parts);
        return errors;
    }

    private IQueryable<WebhookEndpoint> Visible()
    {
        var all = me.CanManageDirectory;
        var member = me.IsInRole(Roles.Member);
        var orgId = me.OrganizationId;
        return db.Set<WebhookEndpoint>().Where(w => all || (member && w.OrganizationId == orgId));
    }

    private IQueryable<WebhookDto> Rows(IQueryable<WebhookEndpoint> endpoints) =>
        from w in endpoints.AsNoTracking()
        join o in db.Set<Organization>() on w.OrganizationId equals o.Id
        select new WebhookDto(w.Id, w.OrganizationId, o.ShortName, w.Name, w.Url, w.Enabled, w.EventFilter, w.CreatedAt, w.UpdatedAt);
}
