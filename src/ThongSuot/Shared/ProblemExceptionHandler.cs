using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ThongSuot.Shared;

/// <summary>Turns what a client caused into 4xx ProblemDetails; anything else stays a 500 and is logged.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages show their own error page; only the API answers with ProblemDetails.
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Yêu cầu không hợp lệ."),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Dữ liệu đã bị người khác thay đổi; hãy tải lại và thử lại."),
            DbUpdateException => (StatusCodes.Status409Conflict, "Dữ liệu xung đột với bản ghi đã có (trùng hoặc đang được tham chiếu)."),
            _ => (0, ""),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
