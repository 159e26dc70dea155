using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Duty;

/// <summary>The app with its clock stopped on mồng 1 Tết 2027 (06/02/2027) at 10:00 in Vietnam, inside the demo campaign's 'during' phase.</summary>
public abstract class DutyAppFactory(DbProvider provider) : AppFactory(provider)
{
    public static readonly DateTimeOffset TetMorning = new(2027, 2, 6, 3, 0, 0, TimeSpan.Zero);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(TetMorning));
}

public sealed class SqliteDutyAppFactory() : DutyAppFactory(DbProvider.Sqlite);

public sealed class PostgresDutyAppFactory() : DutyAppFactory(DbProvider.Postgres);

public static class DutyTestKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record Ids(Guid Campaign, Guid Department, Guid Viettel, Guid Vnpt, Guid Cuong, Guid Dung, Guid VnptPerson);

    public static Task<Ids> IdsAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var orgs = await db.Set<Organization>().Where(o => o.ShortName == "SKHCN" || o.ShortName == "VIETTEL" || o.ShortName == "VNPT").ToDictionaryAsync(o => o.ShortName, o => o.Id);
        var people = await db.Set<Person>().Where(p => p.OrganizationId == orgs["VIETTEL"] || p.OrganizationId == orgs["VNPT"]).ToListAsync();
        return new Ids(
            await db.Set<Campaign>().Where(c => c.Name == "Tết Nguyên đán Đinh Mùi 2027").Select(c => c.Id).SingleAsync(),
            orgs["SKHCN"], orgs["VIETTEL"], orgs["VNPT"],
            people.Single(p => p.FullName == "Lê Văn Cường").Id, people.Single(p => p.FullName == "Phạm Thị Dung").Id,
            people.First(p => p.OrganizationId == orgs["VNPT"]).Id);
    });

    public static Task<int> ShiftCountAsync(AppFactory app, Guid organizationId) =>
        app.WithDbAsync(db => db.Set<DutyShift>().CountAsync(s => s.OrganizationId == organizationId));

    public static Task<Guid> AShiftOfAsync(AppFactory app, Guid organizationId) =>
        app.WithDbAsync(db => db.Set<DutyShift>().Where(s => s.OrganizationId == organizationId).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static object Shift(Guid org, Guid campaign, string start, string end, string? name = "Nguyễn Thị Trực", string role = "Shift") => new
    {
        organizationId = org, campaignId = campaign, personName = name, phone = "0900 000 999", role,
        startsAt = start, endsAt = end, place = "Phòng trực",
    };
}
