using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Audit;

public static class AuditSetup
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services.AddScoped<AuditQuery>();

    /// <summary>Read-only on purpose: there is no route that changes or deletes audit rows.</summary>
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.Admin);
        audit.MapGet("/", SearchAsync);
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        [AsParameters] AuditSearchQuery query, AuditQuery audit, CancellationToken ct) =>
        (await audit.SearchAsync(new AuditFilter(query.EntityType, query.EntityId, query.UserName, query.Action,
            query.From, query.To, query.Text, query.Page ?? 1), ct)).ToHttp();
}

public sealed record AuditSearchQuery(
    [FromQuery] string? EntityType, [FromQuery] string? EntityId, [FromQuery] string? UserName, [FromQuery] string? Action,
    [FromQuery] string? From, [FromQuery] string? To, [FromQuery(Name = "q")] string? Text, [FromQuery] int? Page);
