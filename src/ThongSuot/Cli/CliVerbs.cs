using System.CommandLine;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Demo;

namespace ThongSuot.Cli;

/// <summary>Verbs of the same executable: <c>ThongSuot migrate</c>, <c>seed-demo</c>, <c>import-areas</c>, <c>create-user</c>, <c>create-api-key</c>, <c>backup</c>, <c>restore</c>.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "import-areas", "create-user", "create-api-key", "backup", "restore", "--help", "-h", "help"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = new RootCommand("ThongSuot — điều phối bảo đảm thông tin liên lạc. Chạy không tham số để mở máy chủ web.");
        var migrate = new Command("migrate", "Áp dụng các migration lên cơ sở dữ liệu.");
        migrate.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, seedDemo: false, ct);
            await Console.Error.WriteLineAsync("Đã cập nhật cơ sở dữ liệu.");
            return 0;
        });
        var seed = new Command("seed-demo", "Nạp dữ liệu mẫu (tỉnh Quảng Trị) nếu cơ sở dữ liệu chưa có dữ liệu.");
        seed.SetAction(async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, seedDemo: false, ct);
            var seeded = await DemoSeeder.SeedAsync(scope.ServiceProvider, ct);
            await Console.Error.WriteLineAsync(seeded ? "Đã nạp dữ liệu mẫu." : "Cơ sở dữ liệu đã có dữ liệu; không nạp lại.");
            return 0;
        });
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(seed);
        root.Subcommands.Add(AreasCli.ImportAreas(app.Services));
        root.Subcommands.Add(AccountsCli.CreateUser(app.Services));
        root.Subcommands.Add(AccountsCli.CreateApiKey(app.Services));
        root.Subcommands.Add(Backup(app.Configuration));
        root.Subcommands.Add(Restore(app.Configuration));
        return await root.Parse(args).InvokeAsync();
    }

    private static Command Backup(IConfiguration configuration)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp sao lưu sẽ tạo." };
        var force = new Option<bool>("--force") { Description = "Ghi đè tệp đã có." };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu vào tệp (SQLite: sao lưu trực tuyến, ứng dụng web vẫn chạy được; PostgreSQL: pg_dump -Fc).") { file, force };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            var error = await DatabaseBackup.BackupAsync(configuration, path, parseResult.GetValue(force), ct);
            await Console.Error.WriteLineAsync(error ?? $"Đã sao lưu vào {path.FullName}.");
            return error is null ? 0 : 1;
        });
        return command;
    }

    private static Command Restore(IConfiguration configuration)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp do lệnh backup tạo." };
        var command = new Command("restore", "Khôi phục cơ sở dữ liệu từ tệp sao lưu, thay toàn bộ dữ liệu hiện có. Phải dừng ứng dụng web trước.") { file };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            var error = await DatabaseBackup.RestoreAsync(configuration, path, ct);
            await Console.Error.WriteLineAsync(error ?? $"Đã khôi phục từ {path.FullName}. Khởi động lại ứng dụng web.");
            return error is null ? 0 : 1;
        });
        return command;
    }
}
