using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).Accepts<WebhookInput>("application/json");
        group.MapPut("/{id:guid}", Update).Accepts<WebhookInput>("application/json");
        group.MapDelete("/{id:guid}", Delete);
        group.MapPost("/{id:guid}/test", SendTest);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<WebhookDto>>, ValidationProblem>> List(string? organizationId, WebhooksService webhooks, CancellationToken ct)
    {
        Guid? orgId = null;
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            if (!Guid.TryParse(organizationId, out var g)) return ServiceError.Invalid("organizationId", "Mã tổ chức không hợp lệ.").ToValidationProblem();
            orgId = g;
        }
        return TypedResults.Ok(await webhooks.ListAsync(orgId, ct));
    }

    private static async Task<Results<Ok<WebhookDto>, ValidationProblem, ProblemHttpResult>> Get(Guid id, WebhooksService webhooks, CancellationToken ct) =>
        (await webhooks.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<WebhookCreated>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, WebhooksService webhooks, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<WebhookInput>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await webhooks.CreateAsync(body.Value!, ct)).ToCreated(c => $"/api/v1/webhooks/{c.Webhook.Id}");
    }

    private static async Task<Results<Ok<WebhookDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, WebhooksService webhooks, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<WebhookInput>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await webhooks.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(Guid id, WebhooksService webhooks, CancellationToken ct) =>
        (await webhooks.DeleteAsync(id, ct)).ToNoContent();

    private static async Task<Results<Accepted<WebhookTestQueued>, ValidationProblem, ProblemHttpResult>> SendTest(Guid id, WebhooksService webhooks, CancellationToken ct)
    {
        var result = await webhooks.SendTestAsync(id, ct);
        if (result.Error is { } e) return e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem();
        return TypedResults.Accepted((string?)null, result.Value!);
    }
}
