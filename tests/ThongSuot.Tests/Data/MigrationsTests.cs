using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Data;

/// <summary>
/// The schema the hand-written migrations build must equal the schema the EF model would create,
/// so a model change without a migration (or a migration that drifts from the model) fails here.
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task MigratedSchemaEqualsTheModel(DbProvider provider)
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);

        await using var migrated = migratedDb.NewContext();
        await DataSetup.MigrateAsync(migrated);
        await using var model = modelDb.NewContext();
        await model.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaSnapshot.ReadAsync(migrated);
        var fromModel = await SchemaSnapshot.ReadAsync(model);

        Assert.NotEmpty(fromModel);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Migrations and model differ on {provider}.\nIn the model, not built by migrations:\n  {string.Join("\n  ", missing)}\nBuilt by migrations, not in the model:\n  {string.Join("\n  ", extra)}");
    }

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task MigratingTwiceChangesNothing(DbProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await DataSetup.MigrateAsync(db);
        var first = await SchemaSnapshot.ReadAsync(db);
        await DataSetup.MigrateAsync(db);
        Assert.Equal(first, await SchemaSnapshot.ReadAsync(db));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
