namespace ThongSuot.Features.Audit;

public static class AuditSetup
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app) => app;
}
