using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Directive letters: header, legal bases, recipients, sections with tasks, distribution, versions and cascade.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122010000_Directives")]
public sealed class Directives : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Directives", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            CampaignId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            ParentDirectiveId = t.Column<Guid>(nullable: true),
            PreviousVersionId = t.Column<Guid>(nullable: true),
            Version = t.Column<int>(nullable: false),
            Status = t.Column<string>(maxLength: 12, nullable: false),
            Origin = t.Column<string>(maxLength: 80, nullable: true),
            ParentAgency = t.Column<string>(maxLength: 200, nullable: false),
            IssuingAgency = t.Column<string>(maxLength: 200, nullable: false),
            Year = t.Column<int>(nullable: true),
            Number = t.Column<int>(nullable: true),
            Symbol = t.Column<string>(maxLength: 60, nullable: false),
            Place = t.Column<string>(maxLength: 100, nullable: false),
            IssuedOn = t.Column<DateOnly>(nullable: true),
            Subject = t.Column<string>(maxLength: 500, nullable: false),
            Urgency = t.Column<string>(maxLength: 12, nullable: false),
            Introduction = t.Column<string>(maxLength: 8000, nullable: false),
            SectionStyle = t.Column<string>(maxLength: 20, nullable: false),
            Closing = t.Column<string>(maxLength: 4000, nullable: false),
            Contacts = t.Column<string>(maxLength: 2000, nullable: false),
            SignAuthority = t.Column<string>(maxLength: 6, nullable: false),
            AuthorityTitle = t.Column<string>(maxLength: 100, nullable: false),
            SignerTitle = t.Column<string>(maxLength: 100, nullable: true),
            SignerName = t.Column<string>(maxLength: 100, nullable: false),
            IncludeAddressees = t.Column<bool>(nullable: false),
            DraftingUnit = t.Column<string>(maxLength: 30, nullable: false),
            DrafterCode = t.Column<string>(maxLength: 30, nullable: true),
            IssuedAt = t.Column<DateTime>(nullable: true),
            IssuedById = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
            Revision = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Directives", x => x.Id);
            t.ForeignKey("FK_Directives_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Directives_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Directives_Directives_ParentDirectiveId", x => x.ParentDirectiveId, "Directives", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_Directives_Directives_PreviousVersionId", x => x.PreviousVersionId, "Directives", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_Directives_OrganizationId_Year_Number", "Directives", ["OrganizationId", "Year", "Number"], unique: true);
        m.CreateIndex("IX_Directives_CampaignId", "Directives", "CampaignId");
        m.CreateIndex("IX_Directives_ParentDirectiveId", "Directives", "ParentDirectiveId");
        m.CreateIndex("IX_Directives_PreviousVersionId", "Directives", "PreviousVersionId");

        m.CreateTable("DirectiveLegalBases", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DirectiveId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Text = t.Column<string>(maxLength: 1000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveLegalBases", x => x.Id);
            t.ForeignKey("FK_DirectiveLegalBases_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DirectiveLegalBases_DirectiveId", "DirectiveLegalBases", "DirectiveId");

        m.CreateTable("DirectiveRecipients", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DirectiveId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Label = t.Column<string>(maxLength: 300, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveRecipients", x => x.Id);
            t.ForeignKey("FK_DirectiveRecipients_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DirectiveRecipients_DirectiveId", "DirectiveRecipients", "DirectiveId");

        m.CreateTable("DirectiveRecipientOrganizations", t => new
        {
            RecipientId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveRecipientOrganizations", x => new { x.RecipientId, x.OrganizationId });
            t.ForeignKey("FK_DirectiveRecipientOrganizations_RecipientId", x => x.RecipientId, "DirectiveRecipients", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DirectiveRecipientOrganizations_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_DirectiveRecipientOrganizations_OrganizationId", "DirectiveRecipientOrganizations", "OrganizationId");

        m.CreateTable("DirectiveSections", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DirectiveId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Heading = t.Column<string>(maxLength: 500, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveSections", x => x.Id);
            t.ForeignKey("FK_DirectiveSections_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DirectiveSections_DirectiveId", "DirectiveSections", "DirectiveId");

        m.CreateTable("DirectiveSectionRecipients", t => new
        {
            SectionId = t.Column<Guid>(nullable: false),
            RecipientId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveSectionRecipients", x => new { x.SectionId, x.RecipientId });
            t.ForeignKey("FK_DirectiveSectionRecipients_DirectiveSections_SectionId", x => x.SectionId, "DirectiveSections", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DirectiveSectionRecipients_DirectiveRecipients_RecipientId", x => x.RecipientId, "DirectiveRecipients", "Id", onDelete: ReferentialAction.NoAction);
        });
        m.CreateIndex("IX_DirectiveSectionRecipients_RecipientId", "DirectiveSectionRecipients", "RecipientId");

        m.CreateTable("DirectiveTasks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            SectionId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            ReportRequired = t.Column<bool>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveTasks", x => x.Id);
            t.ForeignKey("FK_DirectiveTasks_DirectiveSections_SectionId", x => x.SectionId, "DirectiveSections", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DirectiveTasks_SectionId", "DirectiveTasks", "SectionId");

        m.CreateTable("DirectiveDistribution", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            DirectiveId = t.Column<Guid>(nullable: false),
            Order = t.Column<int>(nullable: false),
            Text = t.Column<string>(maxLength: 300, nullable: false),
            Purpose = t.Column<string>(maxLength: 100, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveDistribution", x => x.Id);
            t.ForeignKey("FK_DirectiveDistribution_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_DirectiveDistribution_DirectiveId", "DirectiveDistribution", "DirectiveId");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
        {
            "DirectiveDistribution", "DirectiveTasks", "DirectiveSectionRecipients", "DirectiveSections",
            "DirectiveRecipientOrganizations", "DirectiveRecipients", "DirectiveLegalBases", "Directives",
        }) m.DropTable(table);
    }
}
