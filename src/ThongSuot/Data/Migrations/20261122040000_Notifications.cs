using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Notifications: the outbox, in-app inbox, webhook endpoints, channel preferences, single-use action links.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122040000_Notifications")]
public sealed class Notifications : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("OutboxMessages", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Channel = t.Column<string>(maxLength: 10, nullable: false),
            EventType = t.Column<string>(maxLength: 100, nullable: false),
            DedupKey = t.Column<string>(maxLength: 300, nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            OrganizationId = t.Column<Guid>(nullable: true),
            Address = t.Column<string>(maxLength: 200, nullable: true),
            WebhookEndpointId = t.Column<Guid>(nullable: true),
            Subject = t.Column<string>(maxLength: 300, nullable: false),
            Body = t.Column<string>(maxLength: 20000, nullable: false),
            BodyHtml = t.Column<string>(maxLength: 40000, nullable: true),
            Payload = t.Column<string>(maxLength: 20000, nullable: true),
            Link = t.Column<string>(maxLength: 500, nullable: true),
            Status = t.Column<string>(maxLength: 10, nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            SentAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        m.CreateIndex("IX_OutboxMessages_DedupKey", "OutboxMessages", "DedupKey", unique: true);
        m.CreateIndex("IX_OutboxMessages_Status_NextAttemptAt", "OutboxMessages", ["Status", "NextAttemptAt"]);

        m.CreateTable("Notifications", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            OutboxMessageId = t.Column<Guid>(nullable: false),
            EventType = t.Column<string>(maxLength: 100, nullable: false),
            Subject = t.Column<string>(maxLength: 300, nullable: false),
            Body = t.Column<string>(maxLength: 20000, nullable: false),
            Link = t.Column<string>(maxLength: 500, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ReadAt = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Notifications", x => x.Id);
            t.ForeignKey("FK_Notifications_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_Notifications_OutboxMessageId", "Notifications", "OutboxMessageId", unique: true);
        m.CreateIndex("IX_Notifications_UserId_ReadAt", "Notifications", ["UserId", "ReadAt"]);

        m.CreateTable("WebhookEndpoints", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Url = t.Column<string>(maxLength: 500, nullable: false),
            Secret = t.Column<string>(maxLength: 100, nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            EventFilter = t.Column<string>(maxLength: 500, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_WebhookEndpoints", x => x.Id);
            t.ForeignKey("FK_WebhookEndpoints_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_WebhookEndpoints_OrganizationId", "WebhookEndpoints", "OrganizationId");

        m.CreateTable("NotificationPreferences", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            OwnerKey = t.Column<string>(maxLength: 60, nullable: false),
            Category = t.Column<string>(maxLength: 20, nullable: false),
            InApp = t.Column<bool>(nullable: false),
            Email = t.Column<bool>(nullable: false),
            Webhook = t.Column<bool>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_NotificationPreferences", x => x.Id);
            t.ForeignKey("FK_NotificationPreferences_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_NotificationPreferences_OwnerKey_Category", "NotificationPreferences", ["OwnerKey", "Category"], unique: true);
        m.CreateIndex("IX_NotificationPreferences_OrganizationId", "NotificationPreferences", "OrganizationId");

        m.CreateTable("ActionLinks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            Purpose = t.Column<string>(maxLength: 100, nullable: false),
            TargetId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ExpiresAt = t.Column<DateTime>(nullable: false),
            UsedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ActionLinks", x => x.Id));
        m.CreateIndex("IX_ActionLinks_TokenHash", "ActionLinks", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "ActionLinks", "NotificationPreferences", "WebhookEndpoints", "Notifications", "OutboxMessages" }) m.DropTable(table);
    }
}
