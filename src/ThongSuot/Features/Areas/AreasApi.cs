using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>/api/v1/areas: any signed-in caller reads; directory managers create, change and import.</summary>
public static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/areas").WithTags("Areas").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Tìm đơn vị hành chính");
        group.MapGet("/{id:guid}", Get).WithSummary("Một đơn vị hành chính");
        group.MapPost("/", Create).RequireAuthorization(Policies.ManageDirectory).WithSummary("Thêm đơn vị hành chính");
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageDirectory).WithSummary("Sửa đơn vị hành chính");
        group.MapPost("/import", Import).RequireAuthorization(Policies.ManageDirectory)
            .Accepts<string>("text/csv", "text/plain", "multipart/form-data")
            .WithSummary("Nhập đơn vị cấp xã từ CSV (tất cả hoặc không dòng nào)");
        return app;
    }

    private static async Task<Ok<AreaPage>> List(
        AreasService areas, string? q, AreaLevel? level, AreaKind? kind, string? provinceCode, DateOnly? validOn,
        bool? includeHistorical, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await areas.SearchAsync(
            new AreaQuery(q, level, kind, provinceCode, validOn, includeHistorical ?? false, page ?? 1, pageSize ?? 50), ct));

    private static async Task<Results<Ok<AreaView>, ValidationProblem, ProblemHttpResult>> Get(Guid id, AreasService areas, CancellationToken ct) =>
        (await areas.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<AreaView>, ValidationProblem, ProblemHttpResult>> Create(AreaInput input, AreasService areas, CancellationToken ct) =>
        (await areas.CreateAsync(input, ct)).ToCreated(a => $"/api/v1/areas/{a.Id}");

    private static async Task<Results<Ok<AreaView>, ValidationProblem, ProblemHttpResult>> Update(Guid id, AreaInput input, AreasService areas, CancellationToken ct) =>
        (await areas.UpdateAsync(id, input, ct)).ToHttp();

    public sealed record ImportResponse(int Created, int Updated, int Unchanged, bool Preview);

    /// <summary>One bad line, as the "lines" member of the 400 answer lists it.</summary>
    public sealed record LineError(int Line, string Column, string Message);

    private static async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, AreasService areas, bool? preview, CancellationToken ct)
    {
        var (text, readError) = await ReadCsvAsync(request, ct);
        if (text is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [readError!] }, title: readError);
        var result = await areas.ImportCsvAsync(text, preview ?? false, ct);
        if (result.Error is { } error) return error.ToProblem();
        var report = result.Value!;
        if (report.Succeeded) return TypedResults.Ok(new ImportResponse(report.Created, report.Updated, report.Unchanged, report.Preview));
        var fields = report.Errors
            .GroupBy(e => string.IsNullOrEmpty(e.Column) ? $"line{e.Line}" : $"line{e.Line}.{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(fields,
            title: $"Tệp có lỗi ở {report.Errors.Select(e => e.Line).Distinct().Count()} dòng; không dòng nào được nhập.",
            extensions: new Dictionary<string, object?> { ["lines"] = report.Errors.Select(e => new LineError(e.Line, e.Column, e.Message)).ToList() });
    }

    private const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The CSV from a multipart form (field "file") or from the body itself (text/csv, text/plain).</summary>
    private static async Task<(string? Text, string? Error)> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException) { return (null, "Không đọc được biểu mẫu tải lên."); }
            if (form.Files.GetFile("file") is not { } file) return (null, "Thiếu tệp CSV (trường \"file\").");
            await using var stream = file.OpenReadStream();
            return await CsvTable.ReadUploadAsync(stream, file.Length, MaxBytes);
        }
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is not ("text/csv" or "text/plain" or "application/csv"))
            return (null, "Gửi tệp CSV với Content-Type text/csv, hoặc multipart/form-data với trường \"file\".");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return (null, $"Tệp lớn hơn {MaxBytes / 1024 / 1024} MB.");
        }
        buffer.Position = 0;
        return await CsvTable.ReadUploadAsync(buffer, buffer.Length, MaxBytes);
    }
}
