using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Compliance: readiness forms, assignments per report-required task and recipient, report versions and their attachments.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122050000_Compliance")]
public sealed class Compliance : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("ReadinessForms", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Code = t.Column<string>(maxLength: 40, nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Description = t.Column<string>(maxLength: 2000, nullable: true),
            OrganizationKinds = t.Column<string>(maxLength: 400, nullable: false),
            Fields = t.Column<string>(maxLength: 50000, nullable: false),
            IsActive = t.Column<bool>(nullable: false),
            Revision = t.Column<Guid>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReadinessForms", x => x.Id));
        m.CreateIndex("IX_ReadinessForms_Code", "ReadinessForms", "Code", unique: true);

        m.CreateTable("ComplianceAssignments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DirectiveId = t.Column<Guid>(nullable: false),
            TaskId = t.Column<Guid>(nullable: false),
            CampaignId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: false),
            FormId = t.Column<Guid>(nullable: true),
            Status = t.Column<string>(maxLength: 12, nullable: false),
            AcknowledgedAt = t.Column<DateTime>(nullable: true),
            AcknowledgedById = t.Column<Guid>(nullable: true),
            SubmittedAt = t.Column<DateTime>(nullable: true),
            DecidedAt = t.Column<DateTime>(nullable: true),
            DecidedById = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            Revision = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplianceAssignments", x => x.Id);
            t.ForeignKey("FK_ComplianceAssignments_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ComplianceAssignments_DirectiveTasks_TaskId", x => x.TaskId, "DirectiveTasks", "Id", onDelete: ReferentialAction.NoAction);
            t.ForeignKey("FK_ComplianceAssignments_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ComplianceAssignments_ReadinessForms_FormId", x => x.FormId, "ReadinessForms", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateIndex("IX_ComplianceAssignments_TaskId_OrganizationId", "ComplianceAssignments", ["TaskId", "OrganizationId"], unique: true);
        m.CreateIndex("IX_ComplianceAssignments_OrganizationId_Status", "ComplianceAssignments", ["OrganizationId", "Status"]);
        m.CreateIndex("IX_ComplianceAssignments_DirectiveId", "ComplianceAssignments", "DirectiveId");
        m.CreateIndex("IX_ComplianceAssignments_CampaignId", "ComplianceAssignments", "CampaignId");
        m.CreateIndex("IX_ComplianceAssignments_FormId", "ComplianceAssignments", "FormId");

        m.CreateTable("ComplianceReports", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssignmentId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Text = t.Column<string>(maxLength: 20000, nullable: false),
            Values = t.Column<string>(maxLength: 100000, nullable: true),
            FormRevision = t.Column<Guid>(nullable: true),
            SubmittedAt = t.Column<DateTime>(nullable: false),
            SubmittedById = t.Column<Guid>(nullable: true),
            SubmittedByName = t.Column<string>(maxLength: 256, nullable: true),
            Review = t.Column<string>(maxLength: 10, nullable: false),
            ReviewComment = t.Column<string>(maxLength: 4000, nullable: true),
            ReviewedAt = t.Column<DateTime>(nullable: true),
            ReviewedById = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplianceReports", x => x.Id);
            t.ForeignKey("FK_ComplianceReports_ComplianceAssignments_AssignmentId", x => x.AssignmentId, "ComplianceAssignments", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ComplianceReports_AssignmentId_Version", "ComplianceReports", ["AssignmentId", "Version"], unique: true);

        m.CreateTable("ComplianceReportAttachments", t => new
        {
            ReportId = t.Column<Guid>(nullable: false),
            FileId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ComplianceReportAttachments", x => new { x.ReportId, x.FileId });
            t.ForeignKey("FK_ComplianceReportAttachments_ComplianceReports_ReportId", x => x.ReportId, "ComplianceReports", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_ComplianceReportAttachments_StoredFiles_FileId", x => x.FileId, "StoredFiles", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ComplianceReportAttachments_FileId", "ComplianceReportAttachments", "FileId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "ComplianceReportAttachments", "ComplianceReports", "ComplianceAssignments", "ReadinessForms" }) m.DropTable(table);
    }
}
