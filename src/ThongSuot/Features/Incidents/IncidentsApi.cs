using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// /api/v1/incidents. POST honours Idempotency-Key: the first request creates (201); the same key with the same body
/// (byte for byte) replays the original incident with 200 and "Idempotency-Replayed: true"; the same key with another
/// body is 422. Keys belong to the calling API key (or user) and are kept with the SHA-256 of the body.
/// </summary>
public static class IncidentsApi
{
    private const int MaxBody = 256 * 1024;

    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/incidents").WithTags("Incidents").RequireAuthorization();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create).Accepts<IncidentRequest>("application/json");
        group.MapPost("/{id:guid}/status", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<StatusRequest, IncidentDto>(r, b => s.ChangeStatusAsync(id, b, ct), ct)).Accepts<StatusRequest>("application/json");
        group.MapPost("/{id:guid}/times", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<TimesRequest, IncidentDto>(r, b => s.ChangeTimesAsync(id, b, ct), ct)).Accepts<TimesRequest>("application/json");
        group.MapPost("/{id:guid}/notes", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<NoteRequest, IncidentDto>(r, b => s.AddNoteAsync(id, b, ct), ct)).Accepts<NoteRequest>("application/json");
        group.MapPost("/{id:guid}/assign", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<AssignRequest, IncidentDto>(r, b => s.AssignAsync(id, b, ct), ct)).Accepts<AssignRequest>("application/json");
        group.MapPost("/{id:guid}/merge", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<MergeRequest, IncidentDto>(r, b => s.MergeAsync(id, b, ct), ct)).Accepts<MergeRequest>("application/json");
        group.MapGet("/{id:guid}/aid-requests", async (Guid id, IncidentsService s, CancellationToken ct) => (await s.ListAidRequestsAsync(id, ct)).ToHttp());
        group.MapPost("/{id:guid}/aid-requests", (Guid id, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<AidRequestBody, AidRequestDto>(r, b => s.RequestAidAsync(id, b, ct), ct)).Accepts<AidRequestBody>("application/json");
        group.MapPost("/{id:guid}/aid-requests/{requestId:guid}/accept", (Guid id, Guid requestId, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<AidResponseBody, AidRequestDto>(r, b => s.AnswerAidAsync(id, requestId, true, b, ct), ct, empty: () => new AidResponseBody(null, null))).Accepts<AidResponseBody>("application/json");
        group.MapPost("/{id:guid}/aid-requests/{requestId:guid}/decline", (Guid id, Guid requestId, HttpRequest r, IncidentsService s, CancellationToken ct) =>
            Write<AidResponseBody, AidRequestDto>(r, b => s.AnswerAidAsync(id, requestId, false, b, ct), ct)).Accepts<AidResponseBody>("application/json");

        group.MapGet("/types", async (IncidentsService s, CancellationToken ct) => TypedResults.Ok(await s.TypesAsync(activeOnly: false, ct)));
        group.MapPost("/types", (HttpRequest r, IncidentCatalogService s, CancellationToken ct) =>
            Write<IncidentTypeBody, IncidentTypeDto>(r, b => s.SaveTypeAsync(null, b, ct), ct)).RequireAuthorization(Policies.ManageDirectory);
        group.MapPut("/types/{code}", (string code, HttpRequest r, IncidentCatalogService s, CancellationToken ct) =>
            Write<IncidentTypeBody, IncidentTypeDto>(r, b => s.SaveTypeAsync(code, b, ct), ct)).RequireAuthorization(Policies.ManageDirectory);
        group.MapGet("/severities", async (IncidentsService s, CancellationToken ct) => TypedResults.Ok(await s.SeveritiesAsync(ct)));
        group.MapPut("/severities/{level:int}", (int level, HttpRequest r, IncidentCatalogService s, CancellationToken ct) =>
            Write<SeverityBody, SeverityDto>(r, b => s.SaveSeverityAsync(level, b, ct), ct)).RequireAuthorization(Policies.ManageDirectory);
        return group;
    }

    // Filters arrive as text so "abc" is a field error rather than the framework's bare 400.
    private static async Task<Results<Ok<IncidentPage>, ValidationProblem, ProblemHttpResult>> List(
        string? status, string? type, string? severity, string? organizationId, string? search, string? page, string? pageSize,
        IncidentsService incidents, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Guid? org = null;
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            if (Guid.TryParse(organizationId, out var o)) org = o;
            else errors.Add("organizationId", "Mã đơn vị không hợp lệ.");
        }
        var p = Number(page, "page", 1, errors);
        var size = Number(pageSize, "pageSize", 25, errors);
        if (errors.Any) return errors.ToError().ToValidationProblem();
        return (await incidents.ListAsync(new IncidentQuery(status, type, severity, org, search, p, size), ct)).ToHttp();
    }

    private static async Task<Results<Ok<IncidentDto>, ValidationProblem, ProblemHttpResult>> Get(Guid id, IncidentsService incidents, CancellationToken ct) =>
        (await incidents.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<IncidentDto>, Ok<IncidentDto>, ValidationProblem, ProblemHttpResult>> Create(
        HttpContext context, IncidentsService incidents, CancellationToken ct)
    {
        var request = context.Request;
        IdempotencyInput? idempotency = null;
        if (request.Headers.TryGetValue("Idempotency-Key", out var header))
        {
            var key = header.ToString().Trim();
            if (key.Length is 0 or > 200 || key.Any(c => c is < ' ' or > '~'))
                return ServiceError.Invalid("Idempotency-Key", "Idempotency-Key phải có 1–200 ký tự ASCII in được.").ToValidationProblem();
            var bytes = await ReadBytesAsync(request, ct);
            if (bytes is null) return ServiceError.Invalid("body", $"Nội dung yêu cầu dài tối đa {MaxBody / 1024} KB.").ToValidationProblem();
            idempotency = new IdempotencyInput(key, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            request.Body = new MemoryStream(bytes);
        }
        var body = await JsonBody.ReadAsync<IncidentRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        var result = await incidents.CreateAsync(body.Value!, IncidentChannel.Api, idempotency, ct);
        if (result.Error is { } refused) return refused.Kind == ServiceErrorKind.Invalid ? refused.ToValidationProblem() : refused.ToProblem();
        var outcome = result.Value!;
        switch (outcome.Outcome)
        {
            case IntakeOutcome.KeyReusedWithAnotherBody:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác.",
                    detail: "Gửi lại đúng nội dung cũ để nhận lại kết quả, hoặc dùng khóa mới cho sự cố mới.");
            case IntakeOutcome.Replayed:
                context.Response.Headers["Idempotency-Replayed"] = "true";
                context.Response.Headers.Location = $"/api/v1/incidents/{outcome.Incident!.Id}";
                return TypedResults.Ok(outcome.Incident!);
            default:
                return TypedResults.Created($"/api/v1/incidents/{outcome.Incident!.Id}", outcome.Incident!);
        }
    }

    /// <summary>Reads the JSON body (or takes <paramref name="empty"/> when none was sent and that is allowed) and maps the service's answer.</summary>
    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Write<TBody, T>(
        HttpRequest request, Func<TBody, Task<ServiceResult<T>>> write, CancellationToken ct, Func<TBody>? empty = null) where TBody : class
    {
        if (empty is not null && (request.ContentLength ?? 0) == 0 && !request.HasJsonContentType()) return (await write(empty())).ToHttp();
        var body = await JsonBody.ReadAsync<TBody>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await write(body.Value!)).ToHttp();
    }

    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBody) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static int Number(string? text, string field, int fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        errors.Add(field, "Phải là số nguyên.");
        return fallback;
    }
}
