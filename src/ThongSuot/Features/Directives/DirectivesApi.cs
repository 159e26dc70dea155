using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public static class DirectivesApi
{
    public static RouteGroupBuilder MapDirectivesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/directives").WithTags("Directives").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).Accepts<DirectiveRequest>("application/json");
        group.MapPut("/{id:guid}", Update).Accepts<DirectiveRequest>("application/json");
        group.MapDelete("/{id:guid}", Delete);
        group.MapPost("/{id:guid}/issue", Issue).Accepts<IssueRequest>("application/json");
        group.MapPost("/{id:guid}/correct", Correct);
        group.MapPost("/{id:guid}/cascade", Cascade);
        group.MapGet("/{id:guid}/document.docx", Docx).Produces(200, contentType: DirectiveDocuments.DocxType);
        group.MapGet("/{id:guid}/document.pdf", Pdf).Produces(200, contentType: DirectiveDocuments.PdfType);
        return group;
    }

    // Ids arrive as text so "abc" is a field error rather than the framework's bare 400.
    private static async Task<Results<Ok<IReadOnlyList<DirectiveSummaryDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? campaignId, string? status, string? organizationId, DirectivesService directives, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var campaign = OptionalGuid(errors, "campaignId", campaignId);
        var organization = OptionalGuid(errors, "organizationId", organizationId);
        if (errors.Any) return errors.ToError().ToValidationProblem();
        return (await directives.ListAsync(new DirectiveQuery(campaign, status, organization), ct)).ToHttp();
    }

    private static async Task<Results<Ok<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, DirectivesService directives, CancellationToken ct) => (await directives.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, DirectivesService directives, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<DirectiveRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await directives.CreateAsync(body.Value!, ct)).ToCreated(d => $"/api/v1/directives/{d.Id}");
    }

    private static async Task<Results<Ok<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, HttpRequest request, DirectivesService directives, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<DirectiveRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await directives.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, DirectivesService directives, CancellationToken ct) => (await directives.DeleteAsync(id, ct)).ToNoContent();

    /// <summary>An empty body takes the next free number.</summary>
    private static async Task<Results<Ok<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Issue(
        Guid id, HttpRequest request, DirectivesService directives, CancellationToken ct)
    {
        var number = new IssueRequest(null);
        if (request.ContentLength is > 0 || request.HasJsonContentType())
        {
            var body = await JsonBody.ReadAsync<IssueRequest>(request, ct);
            if (body.Error is { } error) return error.ToValidationProblem();
            number = body.Value!;
        }
        return (await directives.IssueAsync(id, number, ct)).ToHttp();
    }

    private static async Task<Results<Created<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Correct(
        Guid id, DirectivesService directives, CancellationToken ct) =>
        (await directives.CorrectAsync(id, ct)).ToCreated(d => $"/api/v1/directives/{d.Id}");

    private static async Task<Results<Created<DirectiveDto>, ValidationProblem, ProblemHttpResult>> Cascade(
        Guid id, DirectivesService directives, CancellationToken ct) =>
        (await directives.CascadeAsync(id, ct)).ToCreated(d => $"/api/v1/directives/{d.Id}");

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Docx(Guid id, DirectivesService directives, CancellationToken ct) =>
        Document(id, directives, "docx", DirectiveDocuments.DocxType, DirectiveDocuments.Docx, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(Guid id, DirectivesService directives, CancellationToken ct) =>
        Document(id, directives, "pdf", DirectiveDocuments.PdfType, DirectiveDocuments.Pdf, ct);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(Guid id, DirectivesService directives,
        string extension, string contentType, Func<Directive, DateOnly, byte[]> render, CancellationToken ct)
    {
        var d = await directives.LoadForDocumentAsync(id, ct);
        if (d is null) return ServiceError.NotFound(DirectivesService.NotFoundMessage).ToProblem();
        await directives.MarkOpenedAsync(id, ct);
        return TypedResults.File(render(d, directives.Today), contentType, DirectiveDocuments.FileName(d, extension));
    }

    private static Guid? OptionalGuid(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Guid.TryParse(text.Trim(), out var id)) return id;
        errors.Add(field, "Mã không hợp lệ.");
        return null;
    }
}
