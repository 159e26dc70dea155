using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Incident changes committed with the change and handed to the listeners (board, notifications) afterwards.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122085000_IncidentEvents")]
public sealed class IncidentEvents : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("IncidentEvents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            IncidentId = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 20, nullable: false),
            What = t.Column<string>(maxLength: 40, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Severity = t.Column<int>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_IncidentEvents", x => x.Id));
        m.CreateIndex("IX_IncidentEvents_NextAttemptAt", "IncidentEvents", "NextAttemptAt");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("IncidentEvents");
}
