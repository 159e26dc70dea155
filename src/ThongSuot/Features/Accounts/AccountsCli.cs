using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Accounts;

/// <summary>
/// <c>create-user</c> and <c>create-api-key</c>. The operator on the server is trusted: any role may be given.
/// Messages go to standard error; create-api-key prints only the key on standard output.
/// </summary>
public static class AccountsCli
{
    public static Command CreateUser(IServiceProvider services)
    {
        var userName = new Option<string>("--username") { Required = true, Description = "Tên đăng nhập." };
        var password = new Option<string>("--password") { Required = true, Description = "Mật khẩu ban đầu (≥ 10 ký tự, có chữ hoa, chữ thường, chữ số)." };
        var role = new Option<string>("--role") { Required = true, Description = "Vai trò: " + string.Join(", ", Roles.All) + "." };
        var org = new Option<string>("--org") { Required = true, Description = "Tên viết tắt của tổ chức, ví dụ VIETTEL." };
        var fullName = new Option<string?>("--full-name") { Description = "Họ và tên (mặc định: tên đăng nhập)." };
        var command = new Command("create-user", "Tạo người dùng.") { userName, password, role, org, fullName };
        command.SetAction(async (parse, ct) =>
        {
            using var actor = AuditActor.AsSystem("cli:create-user");
            await using var scope = services.CreateAsyncScope();
            await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, seedDemo: false, ct);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var roleName = RoleNamed(parse.GetValue(role));
            if (roleName is null) return await FailAsync($"Vai trò không hợp lệ. Chọn một trong: {string.Join(", ", Roles.All)}.");
            var orgId = await OrganizationIdAsync(db, parse.GetValue(org), ct);
            if (orgId is null) return await FailAsync($"Không tìm thấy tổ chức '{parse.GetValue(org)}'.");
            var input = new NewUser
            {
                UserName = parse.GetValue(userName) ?? "", Password = parse.GetValue(password) ?? "", Role = roleName,
                OrganizationId = orgId.Value, FullName = parse.GetValue(fullName) ?? parse.GetValue(userName) ?? "",
            };
            var result = await scope.ServiceProvider.GetRequiredService<UsersService>().CreateUncheckedAsync(input, ct);
            if (result.Error is { } error)
                return await FailAsync(string.Join(" ", error.Fields?.SelectMany(f => f.Value) ?? [error.Message]));
            await Console.Error.WriteLineAsync($"Đã tạo người dùng {result.Value!.UserName} ({result.Value.Role}, {result.Value.OrganizationShortName}).");
            return 0;
        });
        return command;
    }

    public static Command CreateApiKey(IServiceProvider services)
    {
        var org = new Option<string?>("--org") { Description = "Khóa của tổ chức (tên viết tắt)." };
        var role = new Option<string?>("--role") { Description = "Vai trò của khóa tổ chức (mặc định Member)." };
        var user = new Option<string?>("--user") { Description = "Khóa cá nhân của người dùng này." };
        var name = new Option<string>("--name") { Required = true, Description = "Tên gợi nhớ của khóa." };
        var command = new Command("create-api-key", "Tạo khóa API; in khóa (một lần duy nhất) ra đầu ra chuẩn.") { org, role, user, name };
        command.SetAction(async (parse, ct) =>
        {
            using var actor = AuditActor.AsSystem("cli:create-api-key");
            var (orgName, userName) = (parse.GetValue(org), parse.GetValue(user));
            if (string.IsNullOrWhiteSpace(orgName) == string.IsNullOrWhiteSpace(userName))
                return await FailAsync("Chỉ định đúng một trong --org hoặc --user.");
            if (userName is not null && parse.GetValue(role) is not null) return await FailAsync("--role chỉ dùng với --org.");
            var keyName = parse.GetValue(name)?.Trim();
            if (string.IsNullOrEmpty(keyName) || keyName.Length > 200) return await FailAsync("Tên khóa là bắt buộc, tối đa 200 ký tự.");

            await using var scope = services.CreateAsyncScope();
            await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, seedDemo: false, ct);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            ApiKeyCreated created;
            if (userName is not null)
            {
                var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.Trim().ToUpperInvariant(), ct);
                if (owner is null) return await FailAsync($"Không tìm thấy người dùng '{userName}'.");
                if (owner.IsDisabled) return await FailAsync($"Người dùng '{userName}' đã bị vô hiệu hóa.");
                created = await ApiKeysService.IssueAsync(db, clock, keyName, owner.OrganizationId, owner.Id, null, null, ct);
            }
            else
            {
                var roleName = RoleNamed(parse.GetValue(role) ?? Roles.Member);
                if (roleName is null) return await FailAsync($"Vai trò không hợp lệ. Chọn một trong: {string.Join(", ", Roles.All)}.");
                var orgId = await OrganizationIdAsync(db, orgName, ct);
                if (orgId is null) return await FailAsync($"Không tìm thấy tổ chức '{orgName}'.");
                created = await ApiKeysService.IssueAsync(db, clock, keyName, orgId.Value, null, roleName, null, ct);
            }
            await Console.Out.WriteLineAsync(created.Key);
            await Console.Error.WriteLineAsync($"Đã tạo khóa API {created.ApiKey.Prefix}… Khóa chỉ hiện một lần; hãy lưu lại ngay.");
            return 0;
        });
        return command;
    }

    /// <summary>Accepts the role in any letter case; null when it is not a role.</summary>
    private static string? RoleNamed(string? value) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static async Task<Guid?> OrganizationIdAsync(AppDbContext db, string? shortName, CancellationToken ct)
    {
        var wanted = shortName?.Trim().ToUpperInvariant() ?? "";
        return await db.Set<Organization>().Where(o => o.ShortName.ToUpper() == wanted).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 1;
    }
}
