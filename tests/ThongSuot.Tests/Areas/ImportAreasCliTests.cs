using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Areas;

/// <summary>Runs the built executable as an operator would: <c>dotnet ThongSuot.dll import-areas FILE</c>.</summary>
public sealed class ImportAreasCliTests
{
    private static async Task<(int ExitCode, string StdErr)> RunAsync(TestDatabase database, params string[] args)
    {
        var (exitCode, stdErr, _) = await CliProcess.RunAsync(database, args);
        return (exitCode, stdErr);
    }

    private static async Task<T> WithDbAsync<T>(TestDatabase database, Func<AppDbContext, Task<T>> work)
    {
        await using var db = database.NewContext();
        return await work(db);
    }

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task ImportAreasVerbMigratesImportsAndReportsBadLines(DbProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("thongsuot-cli-");
        var bad = Path.Combine(folder.FullName, "bad.csv");
        await File.WriteAllTextAsync(bad, AreaTestData.Csv("74001,Tốt,xã,44,,", "74002,Xấu,xã,99,,"));
        var failed = await RunAsync(database, "import-areas", bad);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("Dòng 3, cột province_code", failed.StdErr);
        Assert.Equal(0, await WithDbAsync(database, db => db.Set<Area>().CountAsync(a => a.Code.StartsWith("740"))));
        Assert.Equal(98, await WithDbAsync(database, db => db.Set<Area>().CountAsync())); // 34 + 63 + Huế city for the first half of 2025

        var good = Path.Combine(folder.FullName, "good.csv");
        await File.WriteAllTextAsync(good, AreaTestData.Csv("74001,Tốt,xã,44,,", "74003,Cũng tốt,đặc khu,44,,"));
        var ok = await RunAsync(database, "import-areas", good);
        Assert.True(ok.ExitCode == 0, ok.StdErr);
        Assert.Contains("2 mới", ok.StdErr);
        Assert.Equal(2, await WithDbAsync(database, db => db.Set<Area>().CountAsync(a => a.Code.StartsWith("740"))));
        var audit = await WithDbAsync(database, db => db.Set<AuditEntry>().Where(e => e.EntityType == nameof(Area) && e.UserName == "cli:import-areas").CountAsync());
        Assert.Equal(2, audit);

        var missing = await RunAsync(database, "import-areas", Path.Combine(folder.FullName, "none.csv"));
        Assert.Equal(1, missing.ExitCode);
        folder.Delete(recursive: true);
    }
}
