namespace ThongSuot.Features.Duty;

/// <summary>The single-shift form; times are Vietnamese wall-clock (datetime-local), converted to instants on save.</summary>
public sealed class ShiftForm
{
    public Guid? PersonId { get; set; }
    public string? PersonName { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; } = nameof(DutyRole.Shift);
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? Place { get; set; }

    public ShiftRequest ToRequest(Guid organizationId, Guid? campaignId) =>
        new(organizationId, campaignId, PersonId, PersonName, Phone, Role, Local(StartsAt), Local(EndsAt), Place);

    public static ShiftForm From(ShiftDto s) => new()
    {
        PersonId = s.PersonId, PersonName = s.PersonName, Phone = s.Phone, Role = s.Role.ToString(),
        StartsAt = Shared.TimeDisplay.ToVietnam(s.StartsAt), EndsAt = Shared.TimeDisplay.ToVietnam(s.EndsAt), Place = s.Place,
    };

    public static DateTimeOffset? Local(DateTime? local) =>
        local is { } l ? new DateTimeOffset(DateTime.SpecifyKind(l, DateTimeKind.Unspecified), TimeSpan.FromHours(7)) : null;
}

/// <summary>The pattern form: chosen people of the organisation plus typed lines "Họ tên, điện thoại".</summary>
public sealed class PatternForm
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? StartTimes { get; set; } = "06:00, 14:00, 22:00";
    public string? Role { get; set; } = nameof(DutyRole.Shift);
    public List<Guid> PersonIds { get; set; } = [];
    public string? TypedPeople { get; set; }
    public string? Place { get; set; }
    public bool ReplaceExisting { get; set; }

    public PatternRequest ToRequest(Guid organizationId, Guid? campaignId)
    {
        var people = PersonIds.Select(id => new PatternPerson(id, null, null)).ToList();
        foreach (var line in (TypedPeople ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([',', ';'], 2, StringSplitOptions.TrimEntries);
            people.Add(new PatternPerson(null, parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null));
        }
        return new PatternRequest(organizationId, campaignId, Role, From, To, StartTimes, people, Place, ReplaceExisting);
    }
}
