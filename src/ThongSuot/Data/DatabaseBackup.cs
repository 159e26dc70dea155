using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ThongSuot.Data;

/// <summary>
/// Backup and restore of the configured database: SQLite through its online backup API (safe while the app runs, WAL),
/// PostgreSQL through <c>pg_dump -Fc</c> / <c>pg_restore</c>. Each returns null on success, else a Vietnamese message.
/// </summary>
public static class DatabaseBackup
{
    private const string HistoryTable = "__EFMigrationsHistory";

    public static async Task<string?> BackupAsync(IConfiguration configuration, FileInfo file, bool force, CancellationToken ct)
    {
        if (file.Exists && !force) return $"Tệp {file.FullName} đã có; thêm --force để ghi đè.";
        if (file.Directory is { Exists: false } folder) return $"Không có thư mục {folder.FullName}.";
        // Written beside FILE and moved into place, so FILE is never a half-written backup.
        var temp = Path.Combine(file.DirectoryName!, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            var error = DataSetup.UsesPostgres(configuration)
                ? await PgAsync("pg_dump", configuration, ["-Fc", "--no-owner", "-f", temp], ct)
                : await SqliteBackupAsync(DataSetup.SqliteConnectionString(configuration), temp, ct);
            if (error is not null) return error;
            File.Move(temp, file.FullName, overwrite: force);
            return null;
        }
        finally { File.Delete(temp); }
    }

    /// <summary>Replaces the configured database with FILE. The web app must be stopped.</summary>
    public static async Task<string?> RestoreAsync(IConfiguration configuration, FileInfo file, CancellationToken ct)
    {
        if (!file.Exists) return $"Không tìm thấy tệp {file.FullName}.";
        if (DataSetup.UsesPostgres(configuration))
        {
            // The archive's table of contents must hold the migrations history, or it is not a ThongSuot backup.
            var (code, toc, _) = await RunAsync(FindPgTool("pg_restore"), null, ["-l", file.FullName], ct);
            if (code != 0 || !toc.Split('\n').Any(l => l.Contains(" TABLE ", StringComparison.Ordinal) && l.Contains(HistoryTable, StringComparison.Ordinal)))
                return $"Tệp {file.FullName} không phải bản sao lưu ThongSuot (pg_dump -Fc); không khôi phục.";
            var (_, history, _) = await RunAsync(FindPgTool("pg_restore"), null, ["-f", "-", "--data-only", "-t", HistoryTable, file.FullName], ct);
            if (Newer(CopiedIds(history)) is { } newerPg) return newerPg;
            // One transaction: a restore that fails half-way leaves the database as it was.
            return await PgAsync("pg_restore", configuration, ["--clean", "--if-exists", "--no-owner", "--single-transaction", file.FullName], ct);
        }
        var source = new SqliteConnectionStringBuilder { DataSource = file.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;
        await using var backup = new SqliteConnection(source);
        try
        {
            await backup.OpenAsync(ct);
            await using var check = new SqliteCommand($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'", backup);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) == 0)
                return $"Tệp {file.FullName} không phải cơ sở dữ liệu ThongSuot (thiếu bảng {HistoryTable}); không khôi phục.";
            await using var read = new SqliteCommand($"SELECT \"MigrationId\" FROM \"{HistoryTable}\"", backup);
            var ids = new List<string>();
            await using (var rows = await read.ExecuteReaderAsync(ct))
                while (await rows.ReadAsync(ct)) ids.Add(rows.GetString(0));
            if (Newer(ids) is { } newer) return newer;
        }
        catch (SqliteException e)
        {
            return $"Tệp {file.FullName} không phải cơ sở dữ liệu SQLite ({e.Message}); không khôi phục.";
        }
        var target = DataSetup.SqliteConnectionString(configuration);
        CreateFolder(target);
        await using var destination = new SqliteConnection(target);
        await destination.OpenAsync(ct);
        backup.BackupDatabase(destination);
        SqliteConnection.ClearAllPools();
        return null;
    }

    /// <summary>
    /// A backup made by a newer ThongSuot holds migrations this one does not know: its schema is not the one this version
    /// reads and writes, so it is refused (upgrade first, then restore).
    /// </summary>
    private static string? Newer(IEnumerable<string> backupMigrations)
    {
        var known = typeof(AppDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
                .OfType<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().FirstOrDefault()?.Id)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unknown = backupMigrations.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null
            : $"Bản sao lưu do phiên bản ThongSuot mới hơn tạo ra (có các bước chuyển đổi dữ liệu mà phiên bản này không biết: {string.Join(", ", unknown)}); " +
              "hãy nâng cấp ThongSuot rồi khôi phục. Không khôi phục.";
    }

    /// <summary>The first column of the rows of a COPY block in pg_restore's SQL output (tab-separated, ends at "\.").</summary>
    private static IEnumerable<string> CopiedIds(string sql)
    {
        var inCopy = false;
        foreach (var line in sql.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal)) inCopy = true;
            else if (line == "\\.") inCopy = false;
            else if (inCopy && line.Length > 0) yield return line.Split('\t')[0];
        }
    }

    private static async Task<string?> SqliteBackupAsync(string configured, string temp, CancellationToken ct)
    {
        await using var source = new SqliteConnection(configured);
        await source.OpenAsync(ct);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ConnectionString);
        await destination.OpenAsync(ct);
        // Reads a consistent snapshot; in WAL mode the running app keeps writing meanwhile.
        source.BackupDatabase(destination);
        return null;
    }

    private static void CreateFolder(string connectionString)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }

    /// <summary>Runs pg_dump or pg_restore against the configured database; the password goes through PGPASSWORD, never argv.</summary>
    private static async Task<string?> PgAsync(string tool, IConfiguration configuration, string[] args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
        List<string> all = ["-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (!string.IsNullOrEmpty(cs.Username)) all.AddRange(["-U", cs.Username]);
        all.Add("--no-password");
        // pg_dump takes the database as its last argument; pg_restore as -d.
        if (tool == "pg_restore") all.AddRange(["-d", cs.Database ?? cs.Username ?? "postgres", .. args]);
        else all.AddRange([.. args, cs.Database ?? cs.Username ?? "postgres"]);
        var (code, _, stderr) = await RunAsync(FindPgTool(tool), cs.Password, all, ct);
        return code == 0 ? null : $"{tool} thất bại (mã {code}):\n{stderr.Trim()}";
    }

    private static async Task<(int Code, string StdOut, string StdErr)> RunAsync(string exe, string? password, IEnumerable<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (!string.IsNullOrEmpty(password)) start.Environment["PGPASSWORD"] = password;
        Process? started;
        try { started = Process.Start(start); }
        catch (System.ComponentModel.Win32Exception e) { return (127, "", $"Không chạy được {exe}: {e.Message}. Cài gói postgresql-client."); }
        using var process = started!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The tool on PATH, else from the newest server installed under /usr/lib/postgresql (Debian keeps them there).</summary>
    private static string FindPgTool(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        const string debian = "/usr/lib/postgresql";
        var newest = Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin", tool)).FirstOrDefault(File.Exists)
            : null;
        return newest ?? tool;
    }
}
