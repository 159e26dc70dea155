using System.Globalization;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ThongSuot.Features.Compliance;

namespace ThongSuot.Data.Migrations;

/// <summary>The shipped readiness forms (operators, commune committees, police, postal), as data coordinators then edit.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122051000_ReadinessForms")]
public sealed class ReadinessForms : Migration
{
    private static readonly DateTime SeededAt = new(2026, 11, 22, 5, 10, 0, DateTimeKind.Utc);

    protected override void Up(MigrationBuilder m)
    {
        var postgres = m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        // SQLite keeps Guids as upper-case text and instants as "yyyy-MM-dd HH:mm:ss", as EF Core writes them there.
        string Id(Guid id) => postgres ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";
        var at = postgres ? $"'{SeededAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}+00'"
            : $"'{SeededAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'";
        foreach (var f in ReadinessFormCatalog.All)
        {
            // The revision is derived from the id so a fresh database always starts from the same one.
            var revision = new Guid("0b7a51d0-0000-4000-9000-" + f.Id.ToString()[^12..]);
            m.Sql($"INSERT INTO \"ReadinessForms\" (\"Id\", \"Code\", \"Name\", \"Description\", \"OrganizationKinds\", \"Fields\", \"IsActive\", \"Revision\", \"CreatedAt\", \"UpdatedAt\") " +
                  $"VALUES ({Id(f.Id)}, {Quote(f.Code)}, {Quote(f.Name)}, {Quote(f.Description)}, {Quote(f.KindsText)}, {Quote(f.FieldsJson)}, TRUE, {Id(revision)}, {at}, {at});");
        }
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var f in ReadinessFormCatalog.All)
            m.Sql($"DELETE FROM \"ReadinessForms\" WHERE \"Code\" = {Quote(f.Code)};");
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
