using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ThongSuot.Features.Incidents;

namespace ThongSuot.Data.Migrations;

/// <summary>Incidents: types and severities (seeded), incidents, involved organisations, timeline, idempotency keys, mutual aid.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122030000_Incidents")]
public sealed class Incidents : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("IncidentTypes", t => new
        {
            Code = t.Column<string>(maxLength: 40, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            SortOrder = t.Column<int>(nullable: false),
            IsActive = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncidentTypes", x => x.Code));

        m.CreateTable("IncidentSeverities", t => new
        {
            Level = t.Column<int>(nullable: false),
            Name = t.Column<string>(maxLength: 100, nullable: false),
            Meaning = t.Column<string>(maxLength: 500, nullable: false),
            AcknowledgeMinutes = t.Column<int>(nullable: false),
            RestoreMinutes = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncidentSeverities", x => x.Level));

        // Plain SQL: a hand-written migration has no target model for InsertData to take column types from.
        var order = 0;
        foreach (var (code, name) in IncidentCatalogSeed.Types)
            m.Sql($"INSERT INTO \"IncidentTypes\" (\"Code\", \"Name\", \"SortOrder\", \"IsActive\") VALUES ({Quote(code)}, {Quote(name)}, {order += 10}, TRUE);");
        foreach (var s in IncidentCatalogSeed.Severities)
            m.Sql($"INSERT INTO \"IncidentSeverities\" (\"Level\", \"Name\", \"Meaning\", \"AcknowledgeMinutes\", \"RestoreMinutes\") VALUES ({s.Level}, {Quote(s.Name)}, {Quote(s.Meaning)}, {s.AcknowledgeMinutes}, {s.RestoreMinutes});");

        m.CreateTable("Incidents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 20, nullable: false),
            Year = t.Column<int>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Channel = t.Column<string>(maxLength: 12, nullable: false),
            TypeCode = t.Column<string>(maxLength: 40, nullable: false),
            Severity = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            Description = t.Column<string>(maxLength: 4000, nullable: true),
            ReporterName = t.Column<string>(maxLength: 200, nullable: true),
            ReporterPhone = t.Column<string>(maxLength: 30, nullable: true),
            ReportedByUserId = t.Column<Guid>(nullable: true),
            ReportedByApiKeyId = t.Column<Guid>(nullable: true),
            Services = t.Column<string>(maxLength: 200, nullable: false),
            AreaId = t.Column<Guid>(nullable: true),
            KeySiteId = t.Column<Guid>(nullable: true),
            CampaignId = t.Column<Guid>(nullable: true),
            Latitude = t.Column<double>(nullable: true),
            Longitude = t.Column<double>(nullable: true),
            StartedAt = t.Column<DateTime>(nullable: false),
            SubscribersAffected = t.Column<int>(nullable: true),
            Status = t.Column<string>(maxLength: 14, nullable: false),
            AcknowledgedAt = t.Column<DateTime>(nullable: true),
            RespondingAt = t.Column<DateTime>(nullable: true),
            RestoredAt = t.Column<DateTime>(nullable: true),
            ClosedAt = t.Column<DateTime>(nullable: true),
            CancelledAt = t.Column<DateTime>(nullable: true),
            MergedIntoId = t.Column<Guid>(nullable: true),
            Revision = t.Column<int>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            SearchText = t.Column<string>(maxLength: 4400, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Incidents", x => x.Id);
            t.ForeignKey("FK_Incidents_IncidentTypes_TypeCode", x => x.TypeCode, "IncidentTypes", "Code", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Incidents_IncidentSeverities_Severity", x => x.Severity, "IncidentSeverities", "Level", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Incidents_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Incidents_Areas_AreaId", x => x.AreaId, "Areas", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Incidents_KeySites_KeySiteId", x => x.KeySiteId, "KeySites", "Id", onDelete: ReferentialAction.SetNull);
            t.ForeignKey("FK_Incidents_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.SetNull);
            t.ForeignKey("FK_Incidents_Incidents_MergedIntoId", x => x.MergedIntoId, "Incidents", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Incidents_Number", "Incidents", "Number", unique: true);
        m.CreateIndex("IX_Incidents_Year_Sequence", "Incidents", ["Year", "Sequence"], unique: true);
        foreach (var column in new[] { "Status", "TypeCode", "Severity", "OrganizationId", "AreaId", "KeySiteId", "CampaignId", "MergedIntoId" })
            m.CreateIndex($"IX_Incidents_{column}", "Incidents", column);

        m.CreateTable("IncidentOrganizations", t => new
        {
            IncidentId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(maxLength: 12, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentOrganizations", x => new { x.IncidentId, x.OrganizationId, x.Role });
            t.ForeignKey("FK_IncidentOrganizations_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_IncidentOrganizations_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_IncidentOrganizations_OrganizationId", "IncidentOrganizations", "OrganizationId");

        m.CreateTable("IncidentEntries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Kind = t.Column<string>(maxLength: 12, nullable: false),
            FromStatus = t.Column<string>(maxLength: 14, nullable: true),
            ToStatus = t.Column<string>(maxLength: 14, nullable: true),
            Text = t.Column<string>(maxLength: 4000, nullable: true),
            ByUserId = t.Column<Guid>(nullable: true),
            ByName = t.Column<string>(maxLength: 256, nullable: true),
            OrganizationId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentEntries", x => x.Id);
            t.ForeignKey("FK_IncidentEntries_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_IncidentEntries_IncidentId_At", "IncidentEntries", ["IncidentId", "At"]);

        m.CreateTable("IncidentIdempotencyKeys", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Client = t.Column<string>(maxLength: 60, nullable: false),
            Key = t.Column<string>(maxLength: 200, nullable: false),
            BodyHash = t.Column<string>(maxLength: 64, nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentIdempotencyKeys", x => x.Id);
            t.ForeignKey("FK_IncidentIdempotencyKeys_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_IncidentIdempotencyKeys_Client_Key", "IncidentIdempotencyKeys", ["Client", "Key"], unique: true);
        m.CreateIndex("IX_IncidentIdempotencyKeys_IncidentId", "IncidentIdempotencyKeys", "IncidentId");

        m.CreateTable("AidResources", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 30, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Count = t.Column<int>(nullable: false),
            Location = t.Column<string>(maxLength: 300, nullable: true),
            Status = t.Column<string>(maxLength: 12, nullable: false),
            Notes = t.Column<string>(maxLength: 2000, nullable: true),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AidResources", x => x.Id);
            t.ForeignKey("FK_AidResources_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_AidResources_OrganizationId", "AidResources", "OrganizationId");

        m.CreateTable("AidRequests", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            RequestedByOrganizationId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 30, nullable: false),
            Count = t.Column<int>(nullable: false),
            Note = t.Column<string>(maxLength: 2000, nullable: true),
            Status = t.Column<string>(maxLength: 12, nullable: false),
            ResourceId = t.Column<Guid>(nullable: true),
            ResponseNote = t.Column<string>(maxLength: 2000, nullable: true),
            RequestedBy = t.Column<string>(maxLength: 256, nullable: true),
            RespondedBy = t.Column<string>(maxLength: 256, nullable: true),
            RequestedAt = t.Column<DateTime>(nullable: false),
            RespondedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_AidRequests", x => x.Id);
            t.ForeignKey("FK_AidRequests_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_AidRequests_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AidRequests_Organizations_RequestedByOrganizationId", x => x.RequestedByOrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_AidRequests_AidResources_ResourceId", x => x.ResourceId, "AidResources", "Id", onDelete: ReferentialAction.SetNull);
        });
        foreach (var column in new[] { "IncidentId", "OrganizationId", "RequestedByOrganizationId", "ResourceId" })
            m.CreateIndex($"IX_AidRequests_{column}", "AidRequests", column);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "AidRequests", "AidResources", "IncidentIdempotencyKeys", "IncidentEntries", "IncidentOrganizations", "Incidents", "IncidentSeverities", "IncidentTypes" })
            m.DropTable(table);
    }
}
