using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>/api/v1/compliance: the recipients' systems list their assignments, acknowledge and report; coordinators review.</summary>
public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/compliance").WithTags("Compliance").RequireAuthorization();
        group.MapGet("/assignments", List).WithSummary("Nhiệm vụ báo cáo mà người gọi được xem (lọc theo chiến dịch, công văn, đơn vị, trạng thái)");
        group.MapGet("/assignments/{id:guid}", async (Guid id, ComplianceService s, CancellationToken ct) => (await s.GetAsync(id, ct)).ToHttp());
        group.MapPost("/assignments/{id:guid}/acknowledge", (Guid id, HttpRequest r, ComplianceService s, CancellationToken ct) =>
            Write<AcknowledgeRequest>(r, b => s.AcknowledgeAsync(id, b, ct), ct, empty: () => new AcknowledgeRequest(null)))
            .Accepts<AcknowledgeRequest>("application/json").WithSummary("Xác nhận đã nhận (không bắt buộc gửi nội dung)");
        group.MapPost("/assignments/{id:guid}/reports", (Guid id, HttpRequest r, ComplianceService s, CancellationToken ct) => ComplianceReportUpload.SubmitAsync(id, r, s, ct))
            .Accepts<ReportRequest>("application/json", "multipart/form-data").DisableAntiforgery()
            .WithSummary("Gửi báo cáo (một phiên bản mới): JSON, hoặc multipart/form-data với text, values (JSON), revision và các tệp");
        group.MapGet("/assignments/{id:guid}/reports", async (Guid id, ComplianceService s, CancellationToken ct) => (await s.ListReportsAsync(id, ct)).ToHttp());
        group.MapPost("/assignments/{id:guid}/return", (Guid id, HttpRequest r, ComplianceService s, CancellationToken ct) =>
            Write<ReturnRequest>(r, b => s.ReturnAsync(id, b, ct), ct)).Accepts<ReturnRequest>("application/json").WithSummary("Trả lại báo cáo kèm nhận xét");
        group.MapPost("/assignments/{id:guid}/accept", (Guid id, HttpRequest r, ComplianceService s, CancellationToken ct) =>
            Write<AcceptRequest>(r, b => s.AcceptAsync(id, b, ct), ct)).Accepts<AcceptRequest>("application/json").WithSummary("Chấp thuận báo cáo");
        group.MapGet("/files/{fileId:guid}", (Guid fileId, HttpContext c, ComplianceService s, CancellationToken ct) => Download(fileId, null, c, s, ct));
        group.MapGet("/reports/{reportId:guid}/files/{fileId:guid}", (Guid reportId, Guid fileId, HttpContext c, ComplianceService s, CancellationToken ct) =>
            Download(fileId, reportId, c, s, ct));
        return group;
    }

    // Filters arrive as text so "abc" is a field error rather than the framework's bare 400.
    private static async Task<Results<Ok<IReadOnlyList<AssignmentSummaryDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? campaignId, string? directiveId, string? organizationId, string? state, ComplianceService s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var query = new ComplianceQuery(Id(campaignId, "campaignId", errors), Id(directiveId, "directiveId", errors), Id(organizationId, "organizationId", errors), state);
        if (errors.Any) return errors.ToError().ToValidationProblem();
        return (await s.ListAsync(query, ct)).ToHttp();
    }

    private static Guid? Id(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Guid.TryParse(value, out var id)) return id;
        errors.Add(field, "Mã không hợp lệ.");
        return null;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(Guid fileId, Guid? reportId, HttpContext context, ComplianceService s, CancellationToken ct)
    {
        var file = await s.ReadFileAsync(fileId, reportId, ct);
        if (file is not { } f) return ServiceError.NotFound("Không tìm thấy tệp.").ToProblem();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(f.Bytes, f.File.ContentType, f.File.FileName);
    }

    internal static async Task<Results<Ok<AssignmentDto>, ValidationProblem, ProblemHttpResult>> Write<TBody>(
        HttpRequest request, Func<TBody, Task<ServiceResult<AssignmentDto>>> write, CancellationToken ct, Func<TBody>? empty = null) where TBody : class
    {
        if (empty is not null && (request.ContentLength ?? 0) == 0 && !request.HasJsonContentType()) return (await write(empty())).ToHttp();
        var body = await JsonBody.ReadAsync<TBody>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await write(body.Value!)).ToHttp();
    }
}
