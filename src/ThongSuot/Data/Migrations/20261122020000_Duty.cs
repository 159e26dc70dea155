using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Duty: shifts, coverage requirements, the duty log and calendar feed tokens.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122020000_Duty")]
public sealed class Duty : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("DutyShifts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            CampaignId = t.Column<Guid>(nullable: false),
            PersonId = t.Column<Guid>(nullable: true),
            PersonName = t.Column<string>(maxLength: 200, nullable: false),
            Phone = t.Column<string>(maxLength: 30, nullable: true),
            Role = t.Column<string>(maxLength: 20, nullable: false),
            StartsAt = t.Column<DateTime>(nullable: false),
            EndsAt = t.Column<DateTime>(nullable: false),
            Place = t.Column<string>(maxLength: 200, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DutyShifts", x => x.Id);
            t.ForeignKey("FK_DutyShifts_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DutyShifts_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DutyShifts_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_DutyShifts_OrganizationId_StartsAt", "DutyShifts", ["OrganizationId", "StartsAt"]);
        m.CreateIndex("IX_DutyShifts_CampaignId_StartsAt", "DutyShifts", ["CampaignId", "StartsAt"]);
        m.CreateIndex("IX_DutyShifts_PersonId", "DutyShifts", "PersonId");

        m.CreateTable("DutyCoverageRequirements", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CampaignId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: true),
            OrganizationKind = t.Column<string>(maxLength: 40, nullable: true),
            Role = t.Column<string>(maxLength: 20, nullable: true),
            Phase = t.Column<string>(maxLength: 10, nullable: false),
            Mode = t.Column<string>(maxLength: 12, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DutyCoverageRequirements", x => x.Id);
            t.ForeignKey("FK_DutyCoverageRequirements_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DutyCoverageRequirements_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DutyCoverageRequirements_CampaignId", "DutyCoverageRequirements", "CampaignId");
        m.CreateIndex("IX_DutyCoverageRequirements_OrganizationId", "DutyCoverageRequirements", "OrganizationId");

        m.CreateTable("DutyLogEntries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            ShiftId = t.Column<Guid>(nullable: true),
            At = t.Column<DateTime>(nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Text = t.Column<string>(maxLength: 2000, nullable: false),
            Reference = t.Column<string>(maxLength: 200, nullable: true),
            OpenMatters = t.Column<string>(maxLength: 2000, nullable: true),
            AuthorUserId = t.Column<Guid>(nullable: true),
            AuthorName = t.Column<string>(maxLength: 200, nullable: false),
            AcknowledgedAt = t.Column<DateTime>(nullable: true),
            AcknowledgedBy = t.Column<string>(maxLength: 200, nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DutyLogEntries", x => x.Id);
            t.ForeignKey("FK_DutyLogEntries_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DutyLogEntries_DutyShifts_ShiftId", x => x.ShiftId, "DutyShifts", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_DutyLogEntries_OrganizationId_At", "DutyLogEntries", ["OrganizationId", "At"]);
        m.CreateIndex("IX_DutyLogEntries_ShiftId", "DutyLogEntries", "ShiftId");

        m.CreateTable("DutyFeeds", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            PersonId = t.Column<Guid>(nullable: true),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            CreatedBy = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DutyFeeds", x => x.Id);
            t.ForeignKey("FK_DutyFeeds_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DutyFeeds_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DutyFeeds_TokenHash", "DutyFeeds", "TokenHash", unique: true);
        m.CreateIndex("IX_DutyFeeds_OrganizationId", "DutyFeeds", "OrganizationId");
        m.CreateIndex("IX_DutyFeeds_PersonId", "DutyFeeds", "PersonId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "DutyFeeds", "DutyLogEntries", "DutyCoverageRequirements", "DutyShifts" }) m.DropTable(table);
    }
}
