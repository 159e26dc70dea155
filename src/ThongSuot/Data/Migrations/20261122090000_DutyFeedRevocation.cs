using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>A calendar feed can be revoked: the row stays (who handed it out, who withdrew it), the token stops working.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122090000_DutyFeedRevocation")]
public sealed class DutyFeedRevocation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("RevokedAt", "DutyFeeds", nullable: true);
        m.AddColumn<Guid>("RevokedBy", "DutyFeeds", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("RevokedBy", "DutyFeeds");
        m.DropColumn("RevokedAt", "DutyFeeds");
    }
}
