using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>
/// One table of domain-event deliveries (one row per event and handler) replaces the incidents' own event table. Pending
/// incident events move over as deliveries to the notifications handler, so no notification is lost by the upgrade; the
/// board's pushes are not moved: a board reloads its state when it reconnects after the restart the upgrade is.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261204100000_EventDeliveries")]
public sealed class EventDeliveries : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("EventDeliveries", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            EventId = t.Column<Guid>(nullable: false),
            EventType = t.Column<string>(maxLength: 100, nullable: false),
            Payload = t.Column<string>(maxLength: 20000, nullable: false),
            Handler = t.Column<string>(maxLength: 100, nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptAt = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(maxLength: 1000, nullable: true),
            Dead = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_EventDeliveries", x => x.Id));
        m.CreateIndex("IX_EventDeliveries_Handler_Dead_NextAttemptAt", "EventDeliveries", ["Handler", "Dead", "NextAttemptAt"]);
        m.CreateIndex("IX_EventDeliveries_EventId", "EventDeliveries", "EventId");

        m.Sql(m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? MovePostgres : MoveSqlite);
        m.DropTable("IncidentEvents");
    }

    // The payload is the IncidentChanged record as EventJson writes it; an event that had failed 10 times (the old
    // MaxAttempts) arrives dead, with its error, as it was.
    private const string Payload = """
        '{"IncidentId":"' || {id} || '","Number":"' || "Number" || '","What":"' || "What" || '","Status":"' || "Status"
        || '","Severity":' || "Severity" || ',"At":"' || {at} || '","Added":' || {added} || ',"Removed":' || {removed} || '}'
        """;

    private static string Move(string id, string at, string dead) => $"""
        INSERT INTO "EventDeliveries" ("Id", "EventId", "EventType", "Payload", "Handler", "CreatedAt", "Attempts", "NextAttemptAt", "LastError", "Dead")
        SELECT "Id", "Id", 'IncidentChanged', {Payload.Replace("{id}", id).Replace("{at}", at).Replace("{added}", List("Added")).Replace("{removed}", List("Removed"))},
            'IncidentNotifications', "At", "Attempts", "NextAttemptAt", "LastError", {dead}
        FROM "IncidentEvents";
        """;

    private static string List(string column) => $"""CASE WHEN "{column}" IS NULL THEN 'null' ELSE '["' || replace("{column}", ',', '","') || '"]' END""";

    private static readonly string MovePostgres = Move("\"IncidentId\"::text",
        "to_char(\"At\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')", "\"Attempts\" >= 10");

    private static readonly string MoveSqlite = Move("\"IncidentId\"", "replace(\"At\", ' ', 'T') || 'Z'", "\"Attempts\" >= 10");

    protected override void Down(MigrationBuilder m)
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
            Added = t.Column<string>(maxLength: 2000, nullable: true),
            Removed = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_IncidentEvents", x => x.Id));
        m.CreateIndex("IX_IncidentEvents_NextAttemptAt", "IncidentEvents", "NextAttemptAt");
        m.DropTable("EventDeliveries");
    }
}
