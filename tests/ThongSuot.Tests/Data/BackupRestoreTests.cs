using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Data;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c> of the built executable: a restore brings back every table's rows and the
/// audit trail as they were at backup time, over a migrated database or into an empty one.
/// </summary>
public sealed class BackupRestoreTests
{
    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task RestoreBringsBackEveryTableAndTheAuditTrailAsBackedUp(DbProvider provider)
    {
        await using var database = await TestDatabase.CopyOfDemoAsync(provider);
        var folder = Directory.CreateTempSubdirectory("thongsuot-backup-");
        var file = Path.Combine(folder.FullName, "thongsuot.backup");
        await AddAuditEntryAsync(database, "before backup");
        var atBackup = await SnapshotAsync(database);

        var backup = await CliProcess.RunAsync(database, "backup", file);
        Assert.True(backup.ExitCode == 0, backup.StdErr);
        Assert.Empty(backup.StdOut);
        await AddAuditEntryAsync(database, "after backup");
        Assert.NotEqual(atBackup, await SnapshotAsync(database));

        var restore = await CliProcess.RunAsync(database, "restore", file);
        Assert.True(restore.ExitCode == 0, restore.StdErr);
        Assert.Empty(restore.StdOut);
        Assert.Equal(atBackup, await SnapshotAsync(database));

        // The same file restores into a database that has never been migrated.
        await using var empty = await TestDatabase.CreateAsync(provider);
        var intoEmpty = await CliProcess.RunAsync(empty, "restore", file);
        Assert.True(intoEmpty.ExitCode == 0, intoEmpty.StdErr);
        Assert.Equal(atBackup, await SnapshotAsync(empty));
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task BackupDoesNotOverwriteAnExistingFileWithoutForce(DbProvider provider)
    {
        await using var database = await TestDatabase.CopyOfDemoAsync(provider);
        var folder = Directory.CreateTempSubdirectory("thongsuot-backup-");
        var file = Path.Combine(folder.FullName, "thongsuot.backup");
        await File.WriteAllTextAsync(file, "giữ nguyên");

        var refused = await CliProcess.RunAsync(database, "backup", file);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.StdErr);
        Assert.Equal("giữ nguyên", await File.ReadAllTextAsync(file));

        var forced = await CliProcess.RunAsync(database, "backup", file, "--force");
        Assert.True(forced.ExitCode == 0, forced.StdErr);
        Assert.NotEqual("giữ nguyên", await File.ReadAllTextAsync(file));
        Assert.Single(folder.GetFiles()); // no temporary file left beside it
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task ABackupMadeByANewerVersionIsNotRestored(DbProvider provider)
    {
        await using var database = await TestDatabase.CopyOfDemoAsync(provider);
        var folder = Directory.CreateTempSubdirectory("thongsuot-backup-");
        var file = Path.Combine(folder.FullName, "thongsuot.backup");
        // What a later version's database holds: one more migration than this build knows.
        const string future = "29991231000000_FromALaterVersion";
        await HistoryAsync(database, $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{future}', '99.0.0')");
        var backup = await CliProcess.RunAsync(database, "backup", file);
        Assert.True(backup.ExitCode == 0, backup.StdErr);
        await HistoryAsync(database, $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{future}'");
        await AddAuditEntryAsync(database, "after backup");
        var before = await SnapshotAsync(database);

        var refused = await CliProcess.RunAsync(database, "restore", file);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"phiên bản ThongSuot mới hơn tạo ra (có các bước chuyển đổi dữ liệu mà phiên bản này không biết: {future})", refused.StdErr);
        Assert.Equal(before, await SnapshotAsync(database));
        folder.Delete(recursive: true);
    }

    private static async Task HistoryAsync(TestDatabase database, string sql)
    {
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task RestoreOfAFileThatIsNotAThongSuotBackupChangesNothing(DbProvider provider)
    {
        await using var database = await TestDatabase.CopyOfDemoAsync(provider);
        var before = await SnapshotAsync(database);
        var folder = Directory.CreateTempSubdirectory("thongsuot-backup-");
        var file = Path.Combine(folder.FullName, "notes.txt");
        await File.WriteAllTextAsync(file, "Đây không phải bản sao lưu.\n");

        var refused = await CliProcess.RunAsync(database, "restore", file);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("không khôi phục", refused.StdErr);
        Assert.Equal(before, await SnapshotAsync(database));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task SqliteBackupRunsWhileTheAppHoldsAWriteTransaction()
    {
        await using var database = await TestDatabase.CopyOfDemoAsync(DbProvider.Sqlite);
        var atBackup = await SnapshotAsync(database);
        var folder = Directory.CreateTempSubdirectory("thongsuot-backup-");
        var file = Path.Combine(folder.FullName, "thongsuot.db");

        // The running app, in the middle of a write (WAL mode, as the app runs it).
        await using var app = database.NewContext();
        await app.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await using var writing = await app.Database.BeginTransactionAsync();
        app.Add(new AuditEntry { At = DateTime.UtcNow.AddYears(1), Action = AuditAction.Create, EntityType = "BackupProbe", EntityId = "uncommitted" });
        await app.SaveChangesAsync();

        var backup = await CliProcess.RunAsync(database, "backup", file);
        Assert.True(backup.ExitCode == 0, backup.StdErr);
        await writing.CommitAsync();
        Assert.NotEqual(atBackup, await SnapshotAsync(database));

        await using var restored = await TestDatabase.CreateAsync(DbProvider.Sqlite);
        var restore = await CliProcess.RunAsync(restored, "restore", file);
        Assert.True(restore.ExitCode == 0, restore.StdErr);
        Assert.Equal(atBackup, await SnapshotAsync(restored)); // the committed state at backup time, not the write in flight
        folder.Delete(recursive: true);
    }

    private static async Task AddAuditEntryAsync(TestDatabase database, string note)
    {
        await using var db = database.NewContext();
        db.Add(new AuditEntry
        {
            At = DateTime.UtcNow.AddYears(1), // the last entry of the trail
            UserName = "test:backup",
            Action = AuditAction.Create,
            EntityType = "BackupProbe",
            EntityId = note,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The row count of every table of the EF model, then the audit trail's count and last id.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var counts = await TableRows.CountAsync(db);
        Assert.Contains("AuditEntries", counts.Keys);
        var audit = db.Set<AuditEntry>().AsNoTracking();
        var last = await audit.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.Id).FirstAsync();
        return string.Join("\n", counts.Select(c => $"{c.Key}={c.Value}")) + $"\naudit: {await audit.CountAsync()} entries, last {last}";
    }
}
