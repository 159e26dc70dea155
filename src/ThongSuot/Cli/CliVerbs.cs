using System.CommandLine;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Demo;

namespace ThongSuot.Cli;

/// <summary>Verbs of the same executable: <c>ThongSuot migrate</c>, <c>seed-demo</c>, <c>import-areas</c>, <c>create-user</c>, <c>create-api-key</c>.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "import-areas", "create-user", "create-api-key", "--help", "-h", "help"];

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
        return await root.Parse(args).InvokeAsync();
    }
}
