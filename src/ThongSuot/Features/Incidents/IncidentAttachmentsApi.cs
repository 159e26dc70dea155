using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Files;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// POST /api/v1/incidents/{id}/attachments (multipart: one or more "files", optional "note") → 201 with the incident's
/// attachments and new revision; GET …/attachments lists them; GET …/attachments/{fileId} serves one, scoped like the incident.
/// </summary>
public static class IncidentAttachmentsApi
{
    public static IEndpointRouteBuilder MapIncidentAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/incidents/{id:guid}/attachments").WithTags("Incidents").RequireAuthorization();
        group.MapGet("/", async (Guid id, IncidentAttachmentsService s, CancellationToken ct) => (await s.ListAsync(id, ct)).ToHttp());
        group.MapPost("/", Upload).DisableAntiforgery().WithSummary("multipart/form-data: files (một hoặc nhiều), note");
        group.MapGet("/{fileId:guid}", Download);
        return app;
    }

    // The form is read by hand (antiforgery for cookie clients is checked by the site-wide API middleware, by header).
    private static async Task<Results<Created<IncidentAttachmentsResult>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, IncidentAttachmentsService attachments, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return ServiceError.Invalid("files", "Gửi multipart/form-data với trường \"files\" (và \"note\" nếu cần).").ToValidationProblem();
        IFormCollection form;
        try { form = await request.ReadFormAsync(ct); }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return ServiceError.Invalid("files", "Không đọc được biểu mẫu tải lên.").ToValidationProblem();
        }
        var uploads = form.Files.Where(f => f.Name is "files" or "file").Select(FileUpload.From).ToList();
        var result = await attachments.AddAsync(id, uploads, form["note"].FirstOrDefault(), ct);
        return result.ToCreated(_ => $"/api/v1/incidents/{id}/attachments");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid fileId, HttpContext context, IncidentAttachmentsService attachments, CancellationToken ct)
    {
        var result = await attachments.ReadAsync(id, fileId, ct);
        if (result.Error is { } error) return error.ToProblem();
        var (file, bytes) = result.Value;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, max-age=3600";
        // Images open inline (thumbnails on the timeline); documents download under their own name.
        return IncidentAttachmentsService.IsImage(file.Kind)
            ? TypedResults.File(bytes, file.ContentType)
            : TypedResults.File(bytes, file.ContentType, file.FileName);
    }
}
