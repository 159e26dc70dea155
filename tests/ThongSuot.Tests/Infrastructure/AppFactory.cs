using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>
/// The real app on a fresh database of one provider, seeded with the demo data.
/// Test classes share one per class: write tests that do not depend on each other's rows.
/// </summary>
public abstract class AppFactory(DbProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo-Passw0rd-2026";
    private TestDatabase? _database;

    public DbProvider Provider => provider;
    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        // Start the host now so migration and seeding happen before the first test.
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            Database.AppSettings().Concat([
                new("Demo:Seed", "true"),
                new("Demo:Password", DemoPassword),
                // Escalation scans only when a test calls ScanAsync, so demo incidents past their SLA do not notify during other tests.
                new("Incidents:Escalation:ScanSeconds", "0"),
                new("Compliance:Reminders:ScanSeconds", "0"),
                // Test receivers listen on 127.0.0.1; WebhookGuardAppFactory turns the guard back on to test it.
                new("Notifications:Webhooks:AllowPrivateNetworks", "true"),
            ])));
        builder.ConfigureServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>A scope with the app's own DbContext, to arrange data or check what was written.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in through the real sign-in form as a demo user (admin, coordinator, leader, viewer, viettel, vnpt).</summary>
    public Task<HttpClient> SignedInAsync(string userName, string password = DemoPassword) =>
        SignIn.AsAsync(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), userName, password);

    /// <summary>A client that authenticates with an API key.</summary>
    public HttpClient WithApiKey(string key)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteAppFactory() : AppFactory(DbProvider.Sqlite);

public sealed class PostgresAppFactory() : AppFactory(DbProvider.Postgres);
