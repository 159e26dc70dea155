namespace ThongSuot.Features.Accounts;

public static class AccountsEndpoints
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app) => app;
}
