using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>
/// When an incident's service actually came back, apart from when its status moved to restored. Restored and closed
/// incidents take the restore status time, the best figure there is for them.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261204400000_IncidentServiceTimes")]
public sealed class IncidentServiceTimes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateTime>("ServiceRestoredAt", "Incidents", nullable: true);
        m.Sql("""UPDATE "Incidents" SET "ServiceRestoredAt" = "RestoredAt" WHERE "Status" IN ('Restored', 'Closed') AND "RestoredAt" IS NOT NULL;""");
    }

    protected override void Down(MigrationBuilder m) => m.DropColumn("ServiceRestoredAt", "Incidents");
}
