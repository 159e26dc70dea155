using ThongSuot.Features.Duty;

namespace ThongSuot.Features.Directives;

/// <summary>One line the editor can insert into a letter's contacts: its option value, and the sentence it adds.</summary>
public sealed record ContactChoice(string Value, string Line);

/// <summary>An organisation of the directory and the lines it offers (its hotline, then its people the caller may see).</summary>
public sealed record ContactGroup(string Organization, IReadOnlyList<ContactChoice> Choices);

/// <summary>
/// Turns the duty directory (already scoped to the caller) into the lines a letter's "Liên hệ" part reads, so the editor
/// can insert "Đường dây nóng Viettel Quảng Trị: 0233 3900 118" without anyone retyping a number.
/// </summary>
public static class DirectoryContacts
{
    /// <param name="letterOrganizationId">The drafting organisation: its own staff are named without repeating it.</param>
    public static IReadOnlyList<ContactGroup> Groups(IEnumerable<DirectoryEntryDto> entries, Guid letterOrganizationId)
    {
        var groups = new List<ContactGroup>();
        foreach (var o in entries)
        {
            var choices = new List<ContactChoice>();
            if (OrganizationLine(o) is { } line) choices.Add(new ContactChoice($"org:{o.Id}", line));
            foreach (var p in o.People)
                if (PersonLine(p, o.Id == letterOrganizationId ? null : o.Name) is { } personLine)
                    choices.Add(new ContactChoice($"person:{p.Id}", personLine));
            if (choices.Count > 0) groups.Add(new ContactGroup(o.Name, choices));
        }
        return groups;
    }

    public static string? OrganizationLine(DirectoryEntryDto o)
    {
        if (Clean(o.Hotline) is { } hotline) return $"Đường dây nóng {Clean(o.Name)}: {hotline}";
        if (Clean(o.Phone) is { } phone) return $"{Clean(o.Name)}, điện thoại: {phone}";
        return null;
    }

    /// <summary>"Đ/c Trần Thị Bình – Trưởng phòng Bưu chính, Viễn thông, điện thoại: …"; a person without a number is not a contact.</summary>
    public static string? PersonLine(DirectoryPersonDto p, string? organization)
    {
        var reach = Clean(p.Phone) is { } phone ? $"điện thoại: {phone}" : Clean(p.Email) is { } email ? $"thư điện tử: {email}" : null;
        if (reach is null) return null;
        var parts = new List<string> { Clean(p.Title) is { } title ? $"Đ/c {Clean(p.FullName)} – {title}" : $"Đ/c {Clean(p.FullName)}" };
        if (Clean(organization) is { } org) parts.Add(org);
        parts.Add(reach);
        return string.Join(", ", parts);
    }

    /// <summary>Appends a line to the contacts text, one contact per line, without blank lines in between.</summary>
    public static string Append(string? contacts, string line)
    {
        var text = (contacts ?? "").TrimEnd();
        return text.Length == 0 ? line : text + "\n" + line;
    }

    // A line of the letter: no line breaks or runs of spaces carried over from a directory field.
    private static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
