using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Accounts;

/// <summary>Reads of users in the shape pages and the API show.</summary>
internal static class UserQueries
{
    /// <summary>Filter <paramref name="users"/> before this projection: EF cannot filter on the record it builds.</summary>
    public static IQueryable<UserRow> Rows(AppDbContext db, IQueryable<AppUser>? users = null) =>
        from u in (users ?? db.Users).AsNoTracking()
        join o in db.Set<Organization>() on u.OrganizationId equals o.Id
        let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
        select new UserRow(
            u.Id, u.UserName ?? "", u.FullName, u.Email, u.PhoneNumber, u.OrganizationId, o.ShortName, o.Name,
            role ?? "", u.IsDisabled,
            u.LockoutEnd, u.LastSignInAt, u.CreatedAt);

    public static Task<UserRow?> RowAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Rows(db, db.Users.Where(u => u.Id == id)).FirstOrDefaultAsync(ct);
}
