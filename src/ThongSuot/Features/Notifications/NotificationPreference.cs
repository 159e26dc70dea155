using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Notifications;

/// <summary>What an event is about; preferences are chosen per category.</summary>
public enum NotificationCategory { Incidents, Reminders, Duty, Directives, System }

/// <summary>
/// Channels chosen for one category, by an organisation (UserId null) or by one of its users. No row means the
/// defaults of <see cref="NotificationDefaults"/>.
/// </summary>
public sealed class NotificationPreference
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>"org:{id}" or "user:{id}": one unique index on both providers (NULLs are never equal in a unique index).</summary>
    public string OwnerKey { get; set; } = "";
    public NotificationCategory Category { get; set; }
    public bool InApp { get; set; }
    public bool Email { get; set; }
    public bool Webhook { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string KeyFor(Guid organizationId, Guid? userId) => userId is { } u ? $"user:{u}" : $"org:{organizationId}";
}

public static class NotificationDefaults
{
    /// <summary>An organisation hears everything on every channel until it says otherwise.</summary>
    public static (bool InApp, bool Email, bool Webhook) Organization => (true, true, true);

    /// <summary>A person gets the bell; e-mail to personal addresses only when they ask (the organisation's address gets it).</summary>
    public static (bool InApp, bool Email, bool Webhook) User => (true, false, false);
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.Property(x => x.OwnerKey).HasMaxLength(60);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.OwnerKey, x.Category }).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
