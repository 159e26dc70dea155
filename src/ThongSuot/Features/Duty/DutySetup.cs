namespace ThongSuot.Features.Duty;

public static class DutySetup
{
    public static IServiceCollection AddDuty(this IServiceCollection services)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapDuty(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
