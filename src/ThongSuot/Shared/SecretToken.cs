using System.Security.Cryptography;
using System.Text;

namespace ThongSuot.Shared;

/// <summary>
/// Random secrets shown once (API keys, action links, webhook secrets, calendar feeds) and the SHA-256 stored in their
/// place. A slow hash is for passwords; a 256-bit random token has nothing to guess, and it is looked up on every request.
/// </summary>
public static class SecretToken
{
    /// <summary>256 random bits, URL-safe base64 without padding, after an optional prefix ("ts_", "whsec_").</summary>
    public static string New(string prefix = "") =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
