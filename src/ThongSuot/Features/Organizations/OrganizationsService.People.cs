using Microsoft.EntityFrameworkCore;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>
/// Contact people. Whoever may not see an organisation's people gets 404, never 403, so that another
/// organisation's people are not even known to exist.
/// </summary>
public sealed partial class OrganizationsService
{
    private static ServiceError PersonNotFound => ServiceError.NotFound("Không tìm thấy người liên hệ.");

    public bool CanSeePeople(Guid organizationId) => me.CanSeeOrganization(organizationId);

    public bool CanEdit(Guid organizationId) => me.CanEditOrganization(organizationId);

    public async Task<ServiceResult<List<PersonDto>>> PeopleAsync(Guid organizationId, CancellationToken ct = default)
    {
        if (!await VisibleAsync(organizationId, ct)) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.OrganizationId == organizationId).ToListAsync(ct);
        return people.OrderBy(p => p.FullName, VietnameseOrder).Select(ToDto).ToList();
    }

    public async Task<ServiceResult<PersonDto>> GetPersonAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is not null && me.CanSeeOrganization(person.OrganizationId) ? ToDto(person) : PersonNotFound;
    }

    public async Task<ServiceResult<PersonDto>> AddPersonAsync(Guid organizationId, PersonInput input, CancellationToken ct = default)
    {
        if (!await VisibleAsync(organizationId, ct)) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        if (!me.CanEditOrganization(organizationId)) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var (fullName, title, phone, email) = OrganizationRules.Person(errors, input);
        if (errors.Any) return errors.ToError();
        var person = new Person { OrganizationId = organizationId, FullName = fullName, Title = title, Phone = phone, Email = email, CreatedAt = Now, UpdatedAt = Now };
        db.Add(person);
        await db.SaveChangesAsync(ct);
        return ToDto(person);
    }

    public async Task<ServiceResult<PersonDto>> UpdatePersonAsync(Guid id, PersonInput input, CancellationToken ct = default)
    {
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !me.CanSeeOrganization(person.OrganizationId)) return PersonNotFound;
        if (!me.CanEditOrganization(person.OrganizationId)) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        var (fullName, title, phone, email) = OrganizationRules.Person(errors, input);
        if (errors.Any) return errors.ToError();
        (person.FullName, person.Title, person.Phone, person.Email) = (fullName, title, phone, email);
        db.ChangeTracker.DetectChanges();
        if (db.Entry(person).State == EntityState.Modified) person.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        return ToDto(person);
    }

    public async Task<ServiceResult<bool>> DeletePersonAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null || !me.CanSeeOrganization(person.OrganizationId)) return PersonNotFound;
        if (!me.CanEditOrganization(person.OrganizationId)) return ServiceError.Forbidden();
        db.Remove(person);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<bool> VisibleAsync(Guid organizationId, CancellationToken ct) =>
        me.CanSeeOrganization(organizationId) && await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct);
}
