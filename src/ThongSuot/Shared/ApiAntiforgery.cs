using Microsoft.AspNetCore.Antiforgery;

namespace ThongSuot.Shared;

/// <summary>
/// A browser sends the sign-in cookie with any form another page makes it post, so a cookie-authenticated
/// write to the API must carry the antiforgery token (header X-CSRF-TOKEN, as htmx sends it). Machine clients
/// authenticate with X-Api-Key, which a browser never adds by itself, and need no token.
/// </summary>
public static class ApiAntiforgery
{
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));
        if (unsafeMethod && request.Path.StartsWithSegments("/api") && !request.Headers.ContainsKey("X-Api-Key")
            && context.User.Identity?.IsAuthenticated == true)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "Thiếu hoặc sai mã chống giả mạo (X-CSRF-TOKEN). Hãy tải lại trang; máy khách dùng khóa API qua X-Api-Key.",
                    },
                });
                return;
            }
        }
        await next(context);
    });
}
