using System.Text.RegularExpressions;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>Field rules shared by the service, the CSV import and the pages. Field names are the JSON names clients send.</summary>
public static partial class OrganizationRules
{
    public const int NameMax = 300, ShortNameMax = 30, PhoneMax = 30, EmailMax = 200, AddressMax = 300, PersonNameMax = 200, TitleMax = 200;

    /// <summary>Short names appear in letter symbols such as "1062/STTTT-BCVT" or "BCVT&amp;CNTT".</summary>
    public static string? ShortName(FieldErrors errors, string field, string? value)
    {
        var text = errors.Text(field, value, ShortNameMax, required: true, "Tên viết tắt")?.ToUpperInvariant();
        if (text is not null && text.Length <= ShortNameMax && !ShortNamePattern().IsMatch(text))
            errors.Add(field, "Tên viết tắt chỉ gồm chữ A–Z, số 0–9 và các ký tự & - _ (không dấu, không khoảng trắng).");
        return text;
    }

    public static OrganizationKind? Kind(FieldErrors errors, string field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) { errors.Add(field, "Loại tổ chức là bắt buộc."); return null; }
        // Enum.TryParse also accepts numbers and combinations: only the names are valid.
        if (!text.All(char.IsAsciiLetter) || !Enum.TryParse<OrganizationKind>(text, ignoreCase: true, out var kind))
        {
            errors.Add(field, "Loại tổ chức không hợp lệ.");
            return null;
        }
        return kind;
    }

    /// <summary>A Vietnamese (or +country) number, returned in the form it is stored: see <see cref="PhoneNumberParser"/>.</summary>
    public static string? Phone(FieldErrors errors, string field, string? value, string label = "Số điện thoại") =>
        errors.Phone(field, value, label, PhoneMax);

    public static string? Email(FieldErrors errors, string field, string? value)
    {
        var text = errors.Text(field, value, EmailMax, required: false, "Email");
        if (text is not null && text.Length <= EmailMax && !EmailPattern().IsMatch(text))
            errors.Add(field, "Email không đúng định dạng.");
        return text;
    }

    /// <summary>Checks the contact fields a Member may change on its own organisation.</summary>
    public static (string? Phone, string? Email, string? Hotline, string? Address) Contact(FieldErrors errors, OrganizationInput input) => (
        Phone(errors, "phone", input.Phone),
        Email(errors, "email", input.Email),
        Phone(errors, "hotline", input.Hotline, "Đường dây nóng"),
        errors.Text("address", input.Address, AddressMax, required: false, "Địa chỉ"));

    public static (string FullName, string? Title, string? Phone, string? Email) Person(FieldErrors errors, PersonInput input) => (
        errors.Text("fullName", input.FullName, PersonNameMax, required: true, "Họ và tên") ?? "",
        errors.Text("title", input.Title, TitleMax, required: false, "Chức vụ"),
        Phone(errors, "phone", input.Phone),
        Email(errors, "email", input.Email));

    /// <summary>True when making <paramref name="parentId"/> the parent of <paramref name="id"/> would close a loop.</summary>
    public static bool CreatesCycle(Guid id, Guid? parentId, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid>();
        for (var current = parentId; current is { } c; current = parents.GetValueOrDefault(c))
        {
            if (c == id || !seen.Add(c)) return true;
        }
        return false;
    }

    [GeneratedRegex("^[A-Z0-9&_-]+$")]
    private static partial Regex ShortNamePattern();

    [GeneratedRegex(@"^[^@\s<>""(),;:]+@[^@\s<>""(),;:]+\.[^@\s<>""(),;:.]{2,}$")]
    private static partial Regex EmailPattern();
}
