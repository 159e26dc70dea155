using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>/api/v1/resources: the mutual-aid registry. A Member sees and keeps its own organisation's resources.</summary>
public static class AidResourcesApi
{
    public static RouteGroupBuilder MapAidResourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/resources").WithTags("Resources").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", async (Guid id, AidResourcesService s, CancellationToken ct) => (await s.GetAsync(id, ct)).ToHttp());
        group.MapPost("/", Create).Accepts<AidResourceBody>("application/json");
        group.MapPut("/{id:guid}", Update).Accepts<AidResourceBody>("application/json");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<AidResourceDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? organizationId, string? kind, string? status, AidResourcesService resources, CancellationToken ct)
    {
        Guid? org = null;
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            if (!Guid.TryParse(organizationId, out var o)) return ServiceError.Invalid("organizationId", "Mã đơn vị không hợp lệ.").ToValidationProblem();
            org = o;
        }
        return (await resources.ListAsync(org, kind, status, ct)).ToHttp();
    }

    private static async Task<Results<Created<AidResourceDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, AidResourcesService resources, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<AidResourceBody>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await resources.CreateAsync(body.Value!, ct)).ToCreated(r => $"/api/v1/resources/{r.Id}");
    }

    private static async Task<Results<Ok<AidResourceDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, AidResourcesService resources, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<AidResourceBody>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await resources.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }
}
