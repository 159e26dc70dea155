using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>
/// Starts the real app once on an empty database (every migration, the reference data, the demo with its password hashes),
/// stops it, and keeps the database as the template every test app copies: the migrations and the seeder run once per
/// provider per test run instead of once per test class.
/// </summary>
internal sealed class DemoTemplate(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo-Passw0rd-2026";

    public static async Task<TestDatabase> BuildAsync(DbProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var app = new DemoTemplate(database)) _ = app.Services;
        await database.CloseForCopyingAsync();
        // The run's last act: a PostgreSQL template outlives every test app.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return database;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(database.AppSettings().Concat([
            new("Demo:Seed", "true"),
            new("Demo:Password", DemoPassword),
            // Nothing may notify or scan while the demo is written.
            new("Incidents:Escalation:ScanSeconds", "0"),
            new("Compliance:Reminders:ScanSeconds", "0"),
        ])));
    }
}
