using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>/api/v1/compliance/board (JSON, .xlsx, .csv): the board of a directive or a campaign, for province-wide roles.</summary>
public static class BoardApi
{
    public static RouteGroupBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/compliance").WithTags("Compliance board").RequireAuthorization(Policies.ProvinceWide);
        group.MapGet("/board", Json);
        group.MapGet("/board.xlsx", Xlsx).Produces(200, contentType: BoardFiles.XlsxType);
        group.MapGet("/board.csv", Csv).Produces(200, contentType: "text/csv");
        return group;
    }

    private static async Task<Results<Ok<BoardDto>, ValidationProblem, ProblemHttpResult>> Json(
        string? directiveId, string? campaignId, string? state, string? kind, string? areaId, BoardService board, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var query = BoardQuery.Parse(directiveId, campaignId, state, kind, areaId, errors);
        if (query is null) return errors.ToError().ToValidationProblem();
        return (await board.GetAsync(query, ct)).ToHttp();
    }

    private static Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Xlsx(
        string? directiveId, string? campaignId, string? state, string? kind, string? areaId, BoardService board, CancellationToken ct) =>
        File(directiveId, campaignId, state, kind, areaId, board, BoardFiles.Xlsx, BoardFiles.XlsxType, "xlsx", ct);

    private static Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Csv(
        string? directiveId, string? campaignId, string? state, string? kind, string? areaId, BoardService board, CancellationToken ct) =>
        File(directiveId, campaignId, state, kind, areaId, board, BoardFiles.Csv, BoardFiles.CsvType, "csv", ct);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> File(
        string? directiveId, string? campaignId, string? state, string? kind, string? areaId, BoardService board,
        Func<BoardDto, byte[]> render, string contentType, string extension, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var query = BoardQuery.Parse(directiveId, campaignId, state, kind, areaId, errors);
        if (query is null) return errors.ToError().ToValidationProblem();
        var result = await board.GetAsync(query, ct);
        if (result.Error is { } error) return error.Kind == ServiceErrorKind.Invalid ? error.ToValidationProblem() : error.ToProblem();
        return TypedResults.File(render(result.Value!), contentType, $"{result.Value!.FileStem}.{extension}");
    }
}
