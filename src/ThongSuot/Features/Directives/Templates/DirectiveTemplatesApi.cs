using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives.Templates;

public static class DirectiveTemplatesApi
{
    public static IEndpointRouteBuilder MapDirectiveTemplatesApi(this IEndpointRouteBuilder app)
    {
        var directives = app.MapGroup("/api/v1/directives").WithTags("Directive templates").RequireAuthorization();
        directives.MapGet("/templates", () => TypedResults.Ok(DirectiveTemplatesService.List()));
        directives.MapPost("/from-template", FromTemplate).RequireAuthorization(Policies.ManageDirectory).Accepts<FromTemplateRequest>("application/json");

        var campaigns = app.MapGroup("/api/v1/campaigns").WithTags("Directive templates").RequireAuthorization();
        campaigns.MapPost("/from-template", CampaignFromTemplate).RequireAuthorization(Policies.ManageDirectory).Accepts<CampaignFromTemplateRequest>("application/json");
        campaigns.MapPost("/{id:guid}/copy-last-year", CopyLastYear).RequireAuthorization(Policies.ManageDirectory);
        return app;
    }

    private static async Task<Results<Created<DirectiveDraftDto>, ValidationProblem, ProblemHttpResult>> FromTemplate(
        HttpRequest request, DirectiveTemplatesService service, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<FromTemplateRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await service.FromTemplateAsync(body.Value!, ct)).ToCreated(d => $"/api/v1/directives/{d.Id}");
    }

    private static async Task<Results<Created<CampaignDraftDto>, ValidationProblem, ProblemHttpResult>> CampaignFromTemplate(
        HttpRequest request, DirectiveTemplatesService service, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CampaignFromTemplateRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await service.CampaignFromTemplateAsync(body.Value!, ct)).ToCreated(d => $"/api/v1/campaigns/{d.CampaignId}");
    }

    private static async Task<Results<Created<DirectiveDraftDto>, ValidationProblem, ProblemHttpResult>> CopyLastYear(
        Guid id, DirectiveTemplatesService service, CancellationToken ct) =>
        (await service.CopyLastYearAsync(id, ct)).ToCreated(d => $"/api/v1/directives/{d.Id}");
}
