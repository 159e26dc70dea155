using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// An organisation's receiver of signed JSON events. The secret is stored as is, unlike API keys (stored hashed):
/// we must compute HMAC-SHA256 with it on every delivery, so a one-way hash would be useless. It is shown once on
/// creation, never again, and the audit trail masks it.
/// </summary>
public sealed class WebhookEndpoint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public required string Secret { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>Comma-separated event types; "incident.*" matches a prefix; empty means every event.</summary>
    public string EventFilter { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool Accepts(string eventType) => WebhookEvents.Matches(EventFilter, eventType);
}

public static class WebhookEvents
{
    public const string Test = "webhook.test";

    public static IEnumerable<string> Parse(string? filter) =>
        (filter ?? "").Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool Matches(string? filter, string eventType)
    {
        var parts = Parse(filter).ToList();
        if (parts.Count == 0 || eventType == Test) return true;
        return parts.Any(p => p == "*" || string.Equals(p, eventType, StringComparison.OrdinalIgnoreCase)
            || (p.EndsWith(".*", StringComparison.Ordinal) && eventType.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase)));
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.ToTable("WebhookEndpoints");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Url).HasMaxLength(500);
        b.Property(x => x.Secret).HasMaxLength(100);
        b.Property(x => x.EventFilter).HasMaxLength(500);
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
