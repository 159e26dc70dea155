using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>A counter row per year for incident numbers, so numbering no longer serialises whole reports.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122080000_IncidentCounters")]
public sealed class IncidentCounters : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("IncidentCounters", t => new
        {
            Year = t.Column<int>(nullable: false),
            Last = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncidentCounters", x => x.Year));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("IncidentCounters");
}
