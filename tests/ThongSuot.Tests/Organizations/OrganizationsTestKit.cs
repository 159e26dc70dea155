using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

/// <summary>Small helpers the organisation tests share: JSON as the API speaks it, ids of demo rows, unique short names.</summary>
internal static class OrganizationsTestKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string UniqueShortName(string prefix = "T") => $"{prefix}{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    public static Task<Guid> OrgIdAsync(this AppFactory app, string shortName) =>
        app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync());

    public static Task<Organization> OrgAsync(this AppFactory app, string shortName) =>
        app.WithDbAsync(db => db.Set<Organization>().AsNoTracking().Include(o => o.Areas).Include(o => o.People).SingleAsync(o => o.ShortName == shortName));

    /// <summary>Adds a person straight to the database, for tests about who may see it.</summary>
    public static Task<Guid> AddPersonAsync(this AppFactory app, string shortName, string fullName) => app.WithDbAsync(async db =>
    {
        var orgId = await db.Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync();
        var person = new Person { OrganizationId = orgId, FullName = fullName, Title = "Kỹ thuật viên", Phone = "0233 3999 001" };
        db.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    /// <summary>Creates an organisation through the API as the coordinator.</summary>
    public static async Task<OrganizationDto> CreateOrgAsync(this AppFactory app, string? shortName = null, Guid? parentId = null, string? name = null)
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsJsonAsync("/api/v1/organizations", new
        {
            name = name ?? "Tổ chức thử nghiệm",
            shortName = shortName ?? UniqueShortName(),
            kind = "Other",
            parentId,
            hotline = "0233 3999 000",
        }, Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<OrganizationDto>(Json))!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);
}
