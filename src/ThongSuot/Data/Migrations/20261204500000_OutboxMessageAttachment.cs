using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>An e-mail's attachment as a reference rendered at delivery (a directive letter's .pdf), never its bytes.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261204500000_OutboxMessageAttachment")]
public sealed class OutboxMessageAttachment : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("Attachment", "OutboxMessages", maxLength: 200, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn("Attachment", "OutboxMessages");
}
