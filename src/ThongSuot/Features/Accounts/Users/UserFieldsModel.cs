using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ThongSuot.Features.Accounts.Users;

/// <summary>What the _UserFields partial shows: the values typed so far, the organisations and the errors.</summary>
public sealed record UserFieldsModel(
    string? FullName, string? Email, string? PhoneNumber, Guid OrganizationId, string Role,
    IReadOnlyList<SelectListItem> Organizations, ModelStateDictionary ModelState)
{
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
