using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.KeySites;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/campaigns").WithTags("Campaigns").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/suggest", Suggest);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageDirectory).Accepts<CampaignRequest>("application/json");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageDirectory).Accepts<CampaignRequest>("application/json");
        group.MapPost("/{id:guid}/activate", Activate).RequireAuthorization(Policies.ManageDirectory);
        group.MapPost("/{id:guid}/close", Close).RequireAuthorization(Policies.ManageDirectory);
        return group;
    }

    // Status and year arrive as text so "abc" is a field error rather than the framework's bare 400.
    private static async Task<Results<Ok<IReadOnlyList<CampaignDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? status, string? year, CampaignsService campaigns, CancellationToken ct)
    {
        if (!TryYear(year, out var y)) return ServiceError.Invalid("year", "Năm phải là số.").ToValidationProblem();
        return (await campaigns.ListAsync(new CampaignQuery(status, y), ct)).ToHttp();
    }

    private static Results<Ok<CampaignSuggestionDto>, ValidationProblem, ProblemHttpResult> Suggest(string? occasion, string? year, string? title)
    {
        if (!TryYear(year, out var y)) return ServiceError.Invalid("year", "Năm phải là số.").ToValidationProblem();
        return CampaignsService.Suggest(occasion, y, title).ToHttp();
    }

    private static async Task<Results<Ok<CampaignDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, CampaignsService campaigns, CancellationToken ct) => (await campaigns.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<CampaignDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, CampaignsService campaigns, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CampaignRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await campaigns.CreateAsync(body.Value!, ct)).ToCreated(c => $"/api/v1/campaigns/{c.Id}");
    }

    private static async Task<Results<Ok<CampaignDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, CampaignsService campaigns, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CampaignRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await campaigns.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<Ok<CampaignDto>, ValidationProblem, ProblemHttpResult>> Activate(
        Guid id, CampaignsService campaigns, CancellationToken ct) => (await campaigns.ActivateAsync(id, ct)).ToHttp();

    private static async Task<Results<Ok<CampaignDto>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CampaignsService campaigns, CancellationToken ct) => (await campaigns.CloseAsync(id, ct)).ToHttp();

    private static bool TryYear(string? text, out int? year)
    {
        year = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y)) return false;
        year = y;
        return true;
    }
}
