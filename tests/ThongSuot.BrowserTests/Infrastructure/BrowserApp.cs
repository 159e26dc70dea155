using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a loopback port) over a copy of the seeded demo SQLite database (TestDatabase.CopyOfDemoAsync),
/// and Debian's Chromium (one for the whole run) driven by Playwright. One app per test class.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = DemoTemplate.DemoPassword;
    private TestDatabase? _database;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CopyOfDemoAsync(DbProvider.Sqlite);
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Browser = await SharedBrowser.Value;
    }

    /// <summary>
    /// One Chromium for the whole run: each page gets a browser context of its own (own cookies and storage), which is
    /// what isolates tests; launching Chromium per class only cost time.
    /// </summary>
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(async () =>
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            _database!.AppSettings().Concat([
                new("Demo:Seed", "true"),
                new("Demo:Password", DemoPassword),
                // No tiles in tests: the machine has no internet, and markers must work without them.
                new("Map:TileUrl", ""),
            ])));
        builder.ConfigureServices(ConfigureTestServices);
    }

    /// <summary>Replace services for one test class, e.g. a fixed TimeProvider: <c>services.AddSingleton&lt;TimeProvider&gt;(clock)</c>.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>The demo data already plans Tết 2027 (with its issued letter); a test that plans it from nothing removes it first.</summary>
    public async Task RemoveDemoTetCampaignAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaigns = await db.Set<Campaign>().Where(c => c.Occasion == CampaignOccasion.LunarNewYear && c.Year == 2027).ToListAsync();
        var ids = campaigns.Select(c => c.Id).ToList();
        // Letters are kept by a restrict key; their parts, shifts and peaks go with them by cascade.
        db.RemoveRange(await db.Set<Directive>().Where(d => ids.Contains(d.CampaignId)).ToListAsync());
        db.RemoveRange(campaigns);
        await db.SaveChangesAsync();
    }

    /// <summary>A fresh browser context (own cookies) with a page, signed in through the form when a user is given.</summary>
    public async Task<IPage> NewPageAsync(string? userName = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (userName is not null) await SignInAsync(page, userName);
        return page;
    }

    public static async Task SignInAsync(IPage page, string userName, string password = DemoPassword)
    {
        await page.GotoAsync("/Accounts/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // Signed in once the app has sent the next page; what a test does next waits for its own elements. Waiting for the
        // next page's load event as well would also wait on whatever that page fetches (map tiles), which is not sign-in.
        try { await page.WaitForURLAsync(url => !url.Contains("/Accounts/Login"), new() { WaitUntil = WaitUntilState.Commit }); }
        catch (TimeoutException e)
        {
            var text = await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "?");
            throw new TimeoutException($"{userName} was not signed in; still on {page.Url}: {text}", e);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
