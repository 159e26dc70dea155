using System.ComponentModel.DataAnnotations;

namespace ThongSuot.Features.Notifications;

public sealed class WebhookInput
{
    public Guid? OrganizationId { get; set; }
    [Display(Name = "Tên")] public string? Name { get; set; }
    [Display(Name = "Địa chỉ URL")] public string? Url { get; set; }
    [Display(Name = "Đang bật")] public bool Enabled { get; set; } = true;
    [Display(Name = "Lọc sự kiện")] public string? EventFilter { get; set; }
}

public sealed record WebhookDto(Guid Id, Guid OrganizationId, string OrganizationShortName, string Name, string Url, bool Enabled, string EventFilter, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>The secret appears here, on creation only.</summary>
public sealed record WebhookCreated(WebhookDto Webhook, string Secret);

public sealed record WebhookTestQueued(Guid DeliveryId);
