using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Areas, organisations and people, key sites, accounts (Identity), API keys, audit.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122000000_Foundation")]
public sealed class Foundation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Areas", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Code = t.Column<string>(maxLength: 10, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            ParentId = t.Column<Guid>(nullable: true),
            ValidFrom = t.Column<DateOnly>(nullable: false),
            ValidTo = t.Column<DateOnly>(nullable: true),
            SearchText = t.Column<string>(maxLength: 220, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Areas", x => x.Id);
            t.ForeignKey("FK_Areas_Areas_ParentId", x => x.ParentId, "Areas", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Areas_Code_ValidFrom", "Areas", ["Code", "ValidFrom"], unique: true);
        m.CreateIndex("IX_Areas_ParentId", "Areas", "ParentId");

        m.CreateTable("Organizations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            ShortName = t.Column<string>(maxLength: 30, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            ParentId = t.Column<Guid>(nullable: true),
            Phone = t.Column<string>(maxLength: 30, nullable: true),
            Email = t.Column<string>(maxLength: 200, nullable: true),
            Hotline = t.Column<string>(maxLength: 30, nullable: true),
            Address = t.Column<string>(maxLength: 300, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            SearchText = t.Column<string>(maxLength: 340, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Organizations", x => x.Id);
            t.ForeignKey("FK_Organizations_Organizations_ParentId", x => x.ParentId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Organizations_ParentId", "Organizations", "ParentId");
        m.CreateIndex("IX_Organizations_ShortName", "Organizations", "ShortName", unique: true);

        m.CreateTable("OrganizationAreas", t => new
        {
            OrganizationId = t.Column<Guid>(nullable: false),
            AreaId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_OrganizationAreas", x => new { x.OrganizationId, x.AreaId });
            t.ForeignKey("FK_OrganizationAreas_Areas_AreaId", x => x.AreaId, "Areas", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_OrganizationAreas_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_OrganizationAreas_AreaId", "OrganizationAreas", "AreaId");

        m.CreateTable("People", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            FullName = t.Column<string>(maxLength: 200, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: true),
            Phone = t.Column<string>(maxLength: 30, nullable: true),
            Email = t.Column<string>(maxLength: 200, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            SearchText = t.Column<string>(maxLength: 640, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_People", x => x.Id);
            t.ForeignKey("FK_People_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_People_OrganizationId_FullName", "People", ["OrganizationId", "FullName"]);

        m.CreateTable("KeySites", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            Kind = t.Column<string>(maxLength: 30, nullable: false),
            AreaId = t.Column<Guid>(nullable: true),
            Address = t.Column<string>(maxLength: 300, nullable: true),
            Latitude = t.Column<double>(nullable: true),
            Longitude = t.Column<double>(nullable: true),
            Notes = t.Column<string>(maxLength: 2000, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            SearchText = t.Column<string>(maxLength: 620, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_KeySites", x => x.Id);
            t.ForeignKey("FK_KeySites_Areas_AreaId", x => x.AreaId, "Areas", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_KeySites_AreaId", "KeySites", "AreaId");

        IdentityTables.Create(m);

        m.CreateTable("ApiKeys", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Prefix = t.Column<string>(maxLength: 16, nullable: false),
            KeyHash = t.Column<string>(maxLength: 64, nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            Role = t.Column<string>(maxLength: 20, nullable: true),
            CreatedByUserId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            LastUsedAt = t.Column<DateTime>(nullable: true),
            RevokedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ApiKeys", x => x.Id);
            t.ForeignKey("FK_ApiKeys_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ApiKeys_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ApiKeys_KeyHash", "ApiKeys", "KeyHash", unique: true);
        m.CreateIndex("IX_ApiKeys_OrganizationId", "ApiKeys", "OrganizationId");
        m.CreateIndex("IX_ApiKeys_UserId", "ApiKeys", "UserId");

        m.CreateTable("AuditEntries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            UserName = t.Column<string>(maxLength: 256, nullable: true),
            ApiKeyId = t.Column<Guid>(nullable: true),
            IpAddress = t.Column<string>(maxLength: 64, nullable: true),
            Action = t.Column<string>(maxLength: 10, nullable: false),
            EntityType = t.Column<string>(maxLength: 100, nullable: false),
            EntityId = t.Column<string>(maxLength: 100, nullable: false),
            OrganizationId = t.Column<Guid>(nullable: true),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        m.CreateIndex("IX_AuditEntries_At", "AuditEntries", "At");
        m.CreateIndex("IX_AuditEntries_EntityType_EntityId", "AuditEntries", ["EntityType", "EntityId"]);
        m.CreateIndex("IX_AuditEntries_OrganizationId", "AuditEntries", "OrganizationId");
        AuditTriggers.Create(m);
    }

    protected override void Down(MigrationBuilder m)
    {
        AuditTriggers.Drop(m);
        foreach (var table in new[] { "AuditEntries", "ApiKeys" }) m.DropTable(table);
        IdentityTables.Drop(m);
        foreach (var table in new[] { "KeySites", "People", "OrganizationAreas", "Organizations", "Areas" }) m.DropTable(table);
    }
}
