using System.Net;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Platform;

/// <summary>The key ring is in the database from the first start, so no request writes a key (the probes count every table).</summary>
public sealed class DataProtectionKeysTests(OwnSqliteAppFactory app) : IClassFixture<OwnSqliteAppFactory>
{
    [Fact]
    public async Task TheDemoDatabaseHoldsOneKeyAndSigningInAndPostingAddNone()
    {
        Assert.Equal(1, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        var client = await app.SignedInAsync("coordinator", AppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Incidents")).StatusCode);

        Assert.Equal(1, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        Assert.Contains("<key id=", await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).SingleAsync()));
    }

    [Fact]
    public async Task TheKeyRingIsNotInTheAuditTrail() =>
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityType == "DataProtectionKey")));
}
