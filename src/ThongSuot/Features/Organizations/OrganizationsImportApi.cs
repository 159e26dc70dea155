using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>POST /api/v1/organizations/import: the CSV as the body (text/csv) or as the multipart field "file".</summary>
internal static class OrganizationsImportApi
{
    public static async Task<Results<Ok<OrganizationImportReport>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, OrganizationsCsv csv, CurrentUser me, IAntiforgery antiforgery, CancellationToken ct)
    {
        var (text, error) = await ReadAsync(request, me, antiforgery, ct);
        if (text is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [error!] }, title: error);
        var result = await csv.ImportAsync(text, ct);
        if (result.Error is { } e) return e.Kind == ServiceErrorKind.Invalid ? e.ToValidationProblem() : e.ToProblem();
        var report = result.Value!;
        if (report.Succeeded) return TypedResults.Ok(report);
        // Keyed as the area import keys them ("line3.kind", or "line1" for the whole line), so clients read both alike.
        var fields = report.Errors
            .GroupBy(e => string.IsNullOrEmpty(e.Column) ? $"line{e.Line}" : $"line{e.Line}.{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(fields,
            title: "Tệp có lỗi, chưa nhập dòng nào.",
            detail: $"{report.Errors.Count} lỗi; sửa các dòng được nêu rồi nhập lại cả tệp.",
            extensions: new Dictionary<string, object?> { ["lines"] = report.Errors });
    }

    private static async Task<(string? Text, string? Error)> ReadAsync(HttpRequest request, CurrentUser me, IAntiforgery antiforgery, CancellationToken ct)
    {
        try
        {
            if (request.HasFormContentType)
            {
                // A browser can post a multipart form cross-site with the cookie: demand the antiforgery token unless an API key is used.
                if (me.ApiKeyId is null && !await antiforgery.IsRequestValidAsync(request.HttpContext))
                    return (null, "Thiếu hoặc sai mã chống giả mạo (antiforgery token).");
                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile("file") is not { } file) return (null, "Thiếu tệp trong trường \"file\".");
                await using var stream = file.OpenReadStream();
                return await CsvTable.ReadUploadAsync(stream, file.Length);
            }
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            return await CsvTable.ReadUploadAsync(buffer, buffer.Length);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, "Không đọc được nội dung gửi lên.");
        }
    }
}
