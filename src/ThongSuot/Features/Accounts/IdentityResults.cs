using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

/// <summary>Turns Identity's (Vietnamese, see <see cref="VietnameseIdentityErrorDescriber"/>) errors into field errors.</summary>
internal static class IdentityResults
{
    public static ServiceError ToError(this IdentityResult result, string passwordField = "password")
    {
        var errors = new FieldErrors();
        foreach (var e in result.Errors)
        {
            var field = e.Code switch
            {
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) && e.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => passwordField,
                nameof(IdentityErrorDescriber.PasswordMismatch) => "currentPassword",
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => "userName",
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "email",
                _ => "",
            };
            errors.Add(field, e.Description);
        }
        return errors.ToError();
    }
}

internal static class PasswordGenerator
{
    /// <summary>Random, and always meets the policy (length ≥ 10, upper, lower, digit).</summary>
    public static string Generate()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 14).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return string.Concat(chars) + "-Ab7";
    }
}
