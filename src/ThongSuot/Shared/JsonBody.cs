using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ThongSuot.Shared;

/// <summary>
/// Reads a JSON body itself so that broken JSON and wrong types become field errors (400 ValidationProblem naming the
/// field, e.g. "latitude"), not the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<ServiceResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return ServiceError.Invalid("body", "Nội dung phải là JSON (Content-Type: application/json).");
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct);
            return value is null ? ServiceError.Invalid("body", "Thiếu nội dung yêu cầu.") : value;
        }
        catch (JsonException e)
        {
            // Syntax errors carry the reader's exception; type mismatches do not and name the property in Path.
            var syntax = e.InnerException?.GetType().Name == "JsonReaderException";
            var field = !syntax && e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return ServiceError.Invalid(field, field == "body" ? "JSON không hợp lệ." : "Giá trị không đúng kiểu dữ liệu.");
        }
    }
}
