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
            var field = FieldOf(e);
            return ServiceError.Invalid(field, MessageFor(field));
        }
    }

    /// <summary>The field a JSON error is about: the property of a type mismatch, or "body" for broken JSON.</summary>
    public static string FieldOf(JsonException e)
    {
        // Syntax errors carry the reader's exception; type mismatches do not and name the property in Path.
        var syntax = e.InnerException?.GetType().Name == "JsonReaderException";
        if (syntax || e.Path is not { Length: > 2 } path) return "body";
        // "$.sections[0].text" → "sections[0].text"; a body that is a list: "$[0].category" → "[0].category".
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.StartsWith("$[", StringComparison.Ordinal) ? path[1..] : "body";
    }

    public static string MessageFor(string field) => field == "body" ? "JSON không hợp lệ." : "Giá trị không đúng kiểu dữ liệu.";
}
