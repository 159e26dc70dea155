using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
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
    public const string DemoPassword = DemoTemplate.DemoPassword;
    private TestDatabase? _database;

    public DbProvider Provider => provider;
    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CopyOfDemoAsync(provider);
        // Start the host now so migration and seeding happen before the first test.
        _ = Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Database.AppSettings().Concat(BaseSettings)));
        builder.ConfigureServices(ConfigureTestServices);
    }

    internal static readonly KeyValuePair<string, string?>[] BaseSettings =
    [
        // The database is a copy of the seeded demo (TestDatabase.CopyOfDemoAsync): the seeder finds it and does nothing.
        new("Demo:Seed", "true"),
        new("Demo:Password", DemoPassword),
        // Escalation scans only when a test calls ScanAsync, so demo incidents past their SLA do not notify during other tests.
        new("Incidents:Escalation:ScanSeconds", "0"),
        new("Compliance:Reminders:ScanSeconds", "0"),
        // Test receivers listen on 127.0.0.1; WebhookGuardAppFactory turns the guard back on to test it.
        new("Notifications:Webhooks:AllowPrivateNetworks", "true"),
    ];

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>A scope with the app's own DbContext, to arrange data or check what was written.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// A client signed in as a demo user (admin, coordinator, leader, viewer, viettel, vnpt, donghoi). The first client of a
    /// user signs in through the real sign-in form; later ones of this app reuse its cookies and antiforgery token, as
    /// another tab of the same browser would (a password hash check costs tens of milliseconds; the accounts tests keep
    /// covering the form). Another password always goes through the form.
    /// </summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = DemoPassword)
    {
        if (password != DemoPassword) return await SignIn.AsAsync(CookieClient(new CookieContainer()), userName, password);
        var session = await _sessions.GetOrAdd(userName, user => new Lazy<Task<SignedInSession>>(() => SignInOnceAsync(user))).Value;
        if ((AppNow - session.At).Duration() > TimeSpan.FromMinutes(1))
        {
            // A test moved the app's clock: the cookie may have expired, or not be issued yet; sign in again at the new time.
            _sessions.TryRemove(userName, out _);
            return await SignedInAsync(userName, password);
        }
        var cookies = new CookieContainer();
        cookies.Add(session.Cookies);
        var client = CookieClient(cookies);
        client.DefaultRequestHeaders.Add(SignIn.AntiforgeryHeader, session.AntiforgeryToken);
        return client;
    }

    private sealed record SignedInSession(CookieCollection Cookies, string AntiforgeryToken, DateTimeOffset At);

    private DateTimeOffset AppNow => Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private readonly ConcurrentDictionary<string, Lazy<Task<SignedInSession>>> _sessions = new();

    private async Task<SignedInSession> SignInOnceAsync(string userName)
    {
        var at = AppNow;
        var cookies = new CookieContainer();
        var client = await SignIn.AsAsync(CookieClient(cookies), userName, DemoPassword);
        return new SignedInSession(cookies.GetAllCookies(), client.DefaultRequestHeaders.GetValues(SignIn.AntiforgeryHeader).Single(), at);
    }

    private HttpClient CookieClient(CookieContainer cookies) => CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(cookies));

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
