using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ThongSuot.Shared;

/// <summary>Turns what a client caused into 4xx ProblemDetails; anything else stays a 500 and is logged.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages show their own error page; only the API answers with ProblemDetails.
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        var problem = exception switch
        {
            // Minimal APIs throw these (RouteHandlerOptions.ThrowOnBadRequest) when a body or parameter cannot be bound:
            // answered as JsonBody answers, naming the field, so that every endpoint fails the same way.
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => Invalid(bad),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
                new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = "Nội dung phải là JSON (Content-Type: application/json)." },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Yêu cầu không hợp lệ." },
            DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Dữ liệu đã bị người khác thay đổi; hãy tải lại và thử lại." },
            DbUpdateException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Dữ liệu xung đột với bản ghi đã có (trùng hoặc đang được tham chiếu)." },
            _ => null,
        };
        if (problem is null) return false;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static HttpValidationProblemDetails Invalid(BadHttpRequestException bad)
    {
        var (field, message) = bad.InnerException is JsonException json
            ? (JsonBody.FieldOf(json), JsonBody.MessageFor(JsonBody.FieldOf(json)))
            : FieldOf(bad.Message);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Dữ liệu không hợp lệ.",
        };
    }

    /// <summary>
    /// The framework's messages name the parameter: 'Failed to bind parameter "int? page" from "abc".',
    /// 'Required parameter "AreaInput input" was not provided from body.', 'Implicit body inferred for parameter "input"
    /// but no body was provided.' A body parameter is "body" to the client; any other is named as in the query or route.
    /// </summary>
    private static (string Field, string Message) FieldOf(string message)
    {
        if (message.Contains("body", StringComparison.OrdinalIgnoreCase)) return ("body", "Thiếu nội dung yêu cầu hoặc JSON không hợp lệ.");
        var name = ParameterName().Match(message);
        return name.Success ? (name.Groups["name"].Value, "Giá trị không hợp lệ.") : ("body", "Yêu cầu không hợp lệ.");
    }

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterName();
}
