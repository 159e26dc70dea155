using System.Net;
using System.Text.RegularExpressions;

namespace ThongSuot.Tests.Infrastructure;

public static partial class SignIn
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>Posts the sign-in form as a person would, keeping the cookie in the client's cookie container.</summary>
    public static async Task<HttpClient> AsAsync(HttpClient client, string userName, string password)
    {
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        // As the pages do (htmx sends it on every request): cookie-authenticated API writes need the antiforgery header.
        client.DefaultRequestHeaders.Add(AntiforgeryHeader, await AntiforgeryTokenAsync(client, "/"));
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/Accounts/Login");
        return await client.PostAsync("/Accounts/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Reads the antiforgery token from a page's form, for tests that post forms.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenField().Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {path}.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
