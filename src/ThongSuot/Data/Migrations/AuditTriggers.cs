using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>The database itself refuses to update or delete audit rows, whatever code or tool tries.</summary>
internal static class AuditTriggers
{
    private const string Message = "AuditEntries is append-only";

    public static void Create(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            m.Sql($"""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '{Message}'; END $$;
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON "AuditEntries"
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """);
        }
        else
        {
            m.Sql($"CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
            m.Sql($"CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
        }
    }

    public static void Drop(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            m.Sql("""DROP TRIGGER audit_entries_no_update ON "AuditEntries"; DROP TRIGGER audit_entries_no_truncate ON "AuditEntries"; DROP FUNCTION audit_entries_append_only();""");
        }
        else
        {
            m.Sql("DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");
        }
    }
}
