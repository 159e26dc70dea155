using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Campaigns (occasion, year, phases, peak windows, key sites in scope).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122005000_Campaigns")]
public sealed class Campaigns : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Campaigns", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Occasion = t.Column<string>(maxLength: 30, nullable: false),
            Year = t.Column<int>(nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: true),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            UniqueKey = t.Column<string>(maxLength: 260, nullable: false),
            Status = t.Column<string>(maxLength: 10, nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            BeforeStart = t.Column<DateOnly>(nullable: true),
            BeforeEnd = t.Column<DateOnly>(nullable: true),
            DuringStart = t.Column<DateOnly>(nullable: true),
            DuringEnd = t.Column<DateOnly>(nullable: true),
            AfterStart = t.Column<DateOnly>(nullable: true),
            AfterEnd = t.Column<DateOnly>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Campaigns", x => x.Id);
            t.ForeignKey("FK_Campaigns_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Campaigns_UniqueKey", "Campaigns", "UniqueKey", unique: true);
        m.CreateIndex("IX_Campaigns_Year", "Campaigns", "Year");
        m.CreateIndex("IX_Campaigns_OrganizationId", "Campaigns", "OrganizationId");

        m.CreateTable("CampaignPeaks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CampaignId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            StartsAt = t.Column<DateTime>(nullable: false),
            EndsAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CampaignPeaks", x => x.Id);
            t.ForeignKey("FK_CampaignPeaks_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_CampaignPeaks_CampaignId", "CampaignPeaks", "CampaignId");

        m.CreateTable("CampaignKeySites", t => new
        {
            CampaignId = t.Column<Guid>(nullable: false),
            KeySiteId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_CampaignKeySites", x => new { x.CampaignId, x.KeySiteId });
            t.ForeignKey("FK_CampaignKeySites_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_CampaignKeySites_KeySites_KeySiteId", x => x.KeySiteId, "KeySites", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_CampaignKeySites_KeySiteId", "CampaignKeySites", "KeySiteId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "CampaignKeySites", "CampaignPeaks", "Campaigns" }) m.DropTable(table);
    }
}
