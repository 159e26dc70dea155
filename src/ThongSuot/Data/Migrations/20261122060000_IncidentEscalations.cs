using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Escalation steps taken per incident (one row per step, unique), and the recipients of acknowledge links.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122060000_IncidentEscalations")]
public sealed class IncidentEscalations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("IncidentEscalations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(maxLength: 12, nullable: false),
            Step = t.Column<int>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Targets = t.Column<string>(maxLength: 2000, nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentEscalations", x => x.Id);
            t.ForeignKey("FK_IncidentEscalations_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_IncidentEscalations_IncidentId_Kind_Step", "IncidentEscalations", ["IncidentId", "Kind", "Step"], unique: true);

        m.CreateTable("IncidentAcknowledgeLinks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            RecipientName = t.Column<string>(maxLength: 256, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentAcknowledgeLinks", x => x.Id);
            t.ForeignKey("FK_IncidentAcknowledgeLinks_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_IncidentAcknowledgeLinks_IncidentId", "IncidentAcknowledgeLinks", "IncidentId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("IncidentAcknowledgeLinks");
        m.DropTable("IncidentEscalations");
    }
}
