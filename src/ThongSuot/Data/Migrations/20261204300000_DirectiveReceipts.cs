using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Per issued letter and recipient organisation: when it was sent there and when a member first opened it.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261204300000_DirectiveReceipts")]
public sealed class DirectiveReceipts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("DirectiveReceipts", t => new
        {
            DirectiveId = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: false),
            SentAt = t.Column<DateTime>(nullable: false),
            FirstOpenedAt = t.Column<DateTime>(nullable: true),
            FirstOpenedById = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DirectiveReceipts", x => new { x.DirectiveId, x.OrganizationId });
            t.ForeignKey("FK_DirectiveReceipts_Directives_DirectiveId", x => x.DirectiveId, "Directives", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DirectiveReceipts_Organizations_OrganizationId", x => x.OrganizationId, "Organizations", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_DirectiveReceipts_OrganizationId", "DirectiveReceipts", "OrganizationId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("DirectiveReceipts");
}
