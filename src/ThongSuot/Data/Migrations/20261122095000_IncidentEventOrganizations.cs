using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>An assignment's event says which organisations it added and took off (for their notifications and boards).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122095000_IncidentEventOrganizations")]
public sealed class IncidentEventOrganizations : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("Added", "IncidentEvents", maxLength: 2000, nullable: true);
        m.AddColumn<string>("Removed", "IncidentEvents", maxLength: 2000, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("Removed", "IncidentEvents");
        m.DropColumn("Added", "IncidentEvents");
    }
}
