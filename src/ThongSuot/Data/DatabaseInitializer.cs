using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Demo;

namespace ThongSuot.Data;

/// <summary>Before the server takes requests: migrate, ensure reference data (roles, provinces), seed the demo on an empty database, create the first Data Protection key.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<DemoOptions> demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await PrepareAsync(scope.ServiceProvider, demo.Value.Seed, cancellationToken);
        Shared.Platform.KeysInDatabase.EnsureKeyRing(scope.ServiceProvider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task PrepareAsync(IServiceProvider scoped, bool seedDemo, CancellationToken ct)
    {
        using var _ = AuditActor.AsSystem("system:startup");
        var db = scoped.GetRequiredService<AppDbContext>();
        await DataSetup.MigrateAsync(db, ct);
        await AccountsSetup.EnsureRolesAsync(scoped.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        await ProvinceCatalog.EnsureAsync(db, ct);
        if (seedDemo) await DemoSeeder.SeedAsync(scoped, ct);
    }
}
