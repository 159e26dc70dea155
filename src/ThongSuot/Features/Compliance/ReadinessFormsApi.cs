using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>/api/v1/compliance/forms: readiness form definitions (read by all signed in; written by coordinators and admins).</summary>
public static class ReadinessFormsApi
{
    public static RouteGroupBuilder MapReadinessFormsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/compliance/forms").WithTags("Compliance forms").RequireAuthorization();
        group.MapGet("/", async (ReadinessFormsService forms, CancellationToken ct) => TypedResults.Ok(await forms.ListAsync(ct)));
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).Accepts<ReadinessFormRequest>("application/json");
        group.MapPut("/{id:guid}", Update).Accepts<ReadinessFormRequest>("application/json");
        group.MapDelete("/{id:guid}", Delete);
        return group;
    }

    private static async Task<Results<Ok<ReadinessFormDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, ReadinessFormsService forms, CancellationToken ct) => (await forms.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<ReadinessFormDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, ReadinessFormsService forms, CancellationToken ct)
    {
        // Refuse a member before reading the body, so a bad body does not hide the missing right.
        if (!forms.CanManage) return ServiceError.Forbidden().ToProblem();
        var body = await JsonBody.ReadAsync<ReadinessFormRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await forms.CreateAsync(body.Value!, ct)).ToCreated(f => $"/api/v1/compliance/forms/{f.Id}");
    }

    private static async Task<Results<Ok<ReadinessFormDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, ReadinessFormsService forms, CancellationToken ct)
    {
        if (!forms.CanManage) return ServiceError.Forbidden().ToProblem();
        var body = await JsonBody.ReadAsync<ReadinessFormRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await forms.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, ReadinessFormsService forms, CancellationToken ct) => (await forms.DeleteAsync(id, ct)).ToNoContent();
}
