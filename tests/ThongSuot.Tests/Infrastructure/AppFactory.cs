using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThongSuot.Data;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>
/// The real app on its own copy of the seeded demo database of one provider, one per test class; or, for
/// <see cref="SqliteAppFactory"/> and <see cref="PostgresAppFactory"/>, one app per provider that all their classes share
/// (starting an app and its first request cost about a second). Write tests that do not depend on each other's rows;
/// a class that counts or changes rows others read takes an app of its own (<see cref="OwnSqliteAppFactory"/>).
/// </summary>
public abstract class AppFactory(DbProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = DemoTemplate.DemoPassword;
    private TestDatabase? _database;
    private SharedApp? _shared;
    private bool _hostCreated;

    public DbProvider Provider => provider;
    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Whether this class's tests run on the one app of its provider that other classes use too.</summary>
    protected virtual bool SharesApp => false;

    public async Task InitializeAsync()
    {
        if (SharesApp)
        {
            _shared = await SharedApp.OfAsync(provider);
            _database = _shared.Database;
        }
        else _database = await PrepareAsync();
        // Start the host now so migration and seeding happen before the first test.
        _ = Services;
    }

    /// <summary>What the app needs before it starts: its own copy of the demo database, unless a subclass says otherwise.</summary>
    protected virtual Task<TestDatabase> PrepareAsync() => TestDatabase.CopyOfDemoAsync(provider);

    /// <summary>False for an app that runs on another app's database (a second node): the other app drops it.</summary>
    protected virtual bool OwnsDatabase => true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // The first host asked for is this factory's own; later ones come from WithWebHostBuilder and are built as asked.
        var first = !_hostCreated;
        _hostCreated = true;
        return first && _shared is not null ? _shared.Host : base.CreateHost(builder);
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
        if (_shared is not null) return await _shared.SignedInAsync(userName, password);
        if (password != DemoPassword) return await SignIn.AsAsync(CookieClient(new CookieContainer()), userName, password);
        var session = await _sessions.GetOrAdd(userName, user => new Lazy<Task<SignedInSession>>(() => SignInOnceAsync(user))).Value;
        if ((AppNow - session.At).Duration() > TimeSpan.FromMinutes(1))
        {
            // The app's clock moved (a test's fake clock, or a long run on the shared app): the cookie may have expired or not
            // be valid yet at the app's time; sign in again now.
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
        await DisposeAsync();
        if (_database is not null && _shared is null && OwnsDatabase) await _database.DisposeAsync();
    }

    public override ValueTask DisposeAsync() => _shared is null ? base.DisposeAsync() : ValueTask.CompletedTask; // the shared app outlives its classes

    /// <summary>The one app of a provider that the classes of <see cref="SqliteAppFactory"/> or <see cref="PostgresAppFactory"/> share.</summary>
    private sealed class SharedApp(DbProvider provider) : AppFactory(provider)
    {
        private static readonly ConcurrentDictionary<DbProvider, Lazy<Task<SharedApp>>> Apps = new();

        public IHost Host { get; private set; } = null!;

        public static Task<SharedApp> OfAsync(DbProvider provider) => Apps.GetOrAdd(provider, p => new Lazy<Task<SharedApp>>(async () =>
        {
            var app = new SharedApp(p);
            await ((IAsyncLifetime)app).InitializeAsync();
            // Lives as long as the test run; its PostgreSQL database goes with the run's last act.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return app;
        })).Value;

        protected override IHost CreateHost(IHostBuilder builder) => Host = base.CreateHost(builder);
    }
}

public sealed class SqliteAppFactory() : AppFactory(DbProvider.Sqlite)
{
    protected override bool SharesApp => true;
}

public sealed class PostgresAppFactory() : AppFactory(DbProvider.Postgres)
{
    protected override bool SharesApp => true;
}

/// <summary>An app of its own on SQLite, for a class whose tests count every table's rows or change what other classes read.</summary>
public sealed class OwnSqliteAppFactory() : AppFactory(DbProvider.Sqlite);

/// <summary>An app of its own on PostgreSQL, for a class whose tests count every table's rows or change what other classes read.</summary>
public sealed class OwnPostgresAppFactory() : AppFactory(DbProvider.Postgres);
