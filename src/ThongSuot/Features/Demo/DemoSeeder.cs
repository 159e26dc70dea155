using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Demo;

/// <summary>Demo data for Quảng Trị after the 2025 reform, seeded once into an empty database.</summary>
public static class DemoSeeder
{
    public static async Task<bool> SeedAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<AppDbContext>();
        if (await db.Set<Organization>().AnyAsync(ct)) return false;
        var options = scoped.GetRequiredService<IOptions<DemoOptions>>().Value;
        var password = string.IsNullOrWhiteSpace(options.Password) ? DemoPassword.Generate() : options.Password;
        // All or nothing: a half-seeded database would never be seeded again (the check above sees organisations).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var department = new Organization
        {
            Name = "Sở Khoa học và Công nghệ tỉnh Quảng Trị", ShortName = "SKHCN",
            Kind = OrganizationKind.ProvincialDepartment, Phone = "0233 3000 001", Hotline = "0233 3000 999",
        };
        var viettel = new Organization { Name = "Viettel Quảng Trị", ShortName = "VIETTEL", Kind = OrganizationKind.TelecomOperator, Hotline = "0233 3000 101" };
        var vnpt = new Organization { Name = "VNPT Quảng Trị", ShortName = "VNPT", Kind = OrganizationKind.TelecomOperator, Hotline = "0233 3000 102" };
        await AreasDemo.SeedAsync(scoped.GetRequiredService<AreasService>(), ct);
        db.AddRange(department, viettel, vnpt);
        await db.SaveChangesAsync(ct);
        await OrganizationsDemo.SeedAsync(db, ct);
        await KeySitesDemo.SeedAsync(db, ct);
        await Campaigns.CampaignsDemo.SeedAsync(db, ct);
        await Directives.Templates.DirectivesDemo.SeedAsync(db, ct);
        await Duty.DutyDemo.SeedAsync(db, ct);
        await Incidents.IncidentsDemo.SeedAsync(db, ct);
        await Compliance.ComplianceDemo.SeedAsync(db, ct);
        var commune = await db.Set<Organization>().SingleAsync(o => o.ShortName == "UBND-DONGHOI", ct);

        var users = scoped.GetRequiredService<UserManager<AppUser>>();
        (string UserName, string FullName, string Role, Organization Org)[] demoUsers =
        [
            ("admin", "Quản trị hệ thống", Roles.Admin, department),
            ("coordinator", "Nguyễn Thị Điều Phối", Roles.Coordinator, department),
            ("leader", "Trần Văn Lãnh Đạo", Roles.Leader, department),
            ("viewer", "Lê Thị Theo Dõi", Roles.Viewer, department),
            ("viettel", "Phạm Văn Viettel", Roles.Member, viettel),
            ("vnpt", "Hoàng Thị Vinaphone", Roles.Member, vnpt),
            ("donghoi", "Võ Thị Phường", Roles.Member, commune),
        ];
        foreach (var (userName, fullName, role, org) in demoUsers)
        {
            var user = new AppUser { UserName = userName, FullName = fullName, OrganizationId = org.Id, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            await users.AddToRoleAsync(user, role);
        }
        await transaction.CommitAsync(ct);
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            Console.WriteLine($"Mật khẩu của các tài khoản mẫu (admin, coordinator, leader, viewer, viettel, vnpt, donghoi) / demo password: {password}");
        }
        return true;
    }
}

internal static class DemoPassword
{
    /// <summary>Random, and always meets the password policy (upper, lower, digit, length).</summary>
    public static string Generate() =>
        "Ts-" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=') + "-9aZ";
}
