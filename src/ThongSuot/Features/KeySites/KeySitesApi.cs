using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

public static class KeySitesApi
{
    public static RouteGroupBuilder MapKeySitesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/keysites").WithTags("KeySites").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/geojson", GeoJson);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageDirectory).Accepts<KeySiteRequest>("application/json");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageDirectory).Accepts<KeySiteRequest>("application/json");
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageDirectory);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<KeySiteDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? q, string? kind, Guid? areaId, KeySitesService sites, CancellationToken ct) =>
        (await sites.ListAsync(new KeySiteQuery(q, kind, areaId), ct)).ToHttp();

    private static async Task<Results<Ok<KeySitesGeoJson>, ValidationProblem, ProblemHttpResult>> GeoJson(
        string? q, string? kind, Guid? areaId, KeySitesService sites, CancellationToken ct)
    {
        var listed = await sites.ListAsync(new KeySiteQuery(q, kind, areaId), ct);
        if (listed.Error is { } error) return error.Kind == ServiceErrorKind.Invalid ? error.ToValidationProblem() : error.ToProblem();
        var features = listed.Value!.Where(s => s.HasCoordinates)
            .Select(s => new GeoJsonFeature(s.Id, new GeoJsonPoint([s.Longitude!.Value, s.Latitude!.Value]),
                new GeoJsonSiteProperties(s.Name, s.Kind, s.KindName, s.AreaName, s.Address)))
            .ToList();
        return TypedResults.Ok(new KeySitesGeoJson(features));
    }

    private static async Task<Results<Ok<KeySiteDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, KeySitesService sites, CancellationToken ct) => (await sites.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<KeySiteDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, KeySitesService sites, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<KeySiteRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await sites.CreateAsync(body.Value!, ct)).ToCreated(s => $"/api/v1/keysites/{s.Id}");
    }

    private static async Task<Results<Ok<KeySiteDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, KeySitesService sites, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<KeySiteRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await sites.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, KeySitesService sites, CancellationToken ct) => (await sites.DeleteAsync(id, ct)).ToNoContent();
}
