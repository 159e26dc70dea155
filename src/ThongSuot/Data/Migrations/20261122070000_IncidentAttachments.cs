using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Files on an incident's timeline: each row ties a stored file to the incident and to the timeline entry written with the upload.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122070000_IncidentAttachments")]
public sealed class IncidentAttachments : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("IncidentAttachments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            EntryId = t.Column<Guid>(nullable: false),
            FileId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_IncidentAttachments", x => x.Id);
            t.ForeignKey("FK_IncidentAttachments_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_IncidentAttachments_IncidentEntries_EntryId", x => x.EntryId, "IncidentEntries", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_IncidentAttachments_StoredFiles_FileId", x => x.FileId, "StoredFiles", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_IncidentAttachments_IncidentId", "IncidentAttachments", "IncidentId");
        m.CreateIndex("IX_IncidentAttachments_EntryId", "IncidentAttachments", "EntryId");
        m.CreateIndex("IX_IncidentAttachments_FileId", "IncidentAttachments", "FileId", unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("IncidentAttachments");
}
