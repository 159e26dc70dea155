using System.CommandLine;

namespace ThongSuot.Features.Accounts;

public static class AccountsCli
{
    public static Command CreateUser(IServiceProvider services) => new("create-user", "Tạo người dùng.");

    public static Command CreateApiKey(IServiceProvider services) => new("create-api-key", "Tạo khóa API.");
}
