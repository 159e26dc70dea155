using System.Net;
using System.Text;
using System.Text.Json;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Nodes;

internal static class NodeIncidents
{
    /// <summary>A report's JSON as a NOC system sends it; the same title gives the same bytes (an Idempotency-Key replay needs them).</summary>
    public static StringContent Json(string title, int severity = 4) => new(JsonSerializer.Serialize(new
    {
        type = "CableCut", severity, title, description = "Thử nghiệm hai nút", services = new[] { "FixedInternet" },
        latitude = 16.8, longitude = 107.1, subscribersAffected = 50,
    }), Encoding.UTF8, "application/json");
}

internal static class NodeSignIn
{
    /// <summary>Signs in through the form at <paramref name="site"/>; returns the Cookie header a browser would send next.</summary>
    public static async Task<string> CookieHeaderAsync(Uri site, string userName)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = site };
        using var response = await SignIn.PostLoginAsync(browser, userName, AppFactory.DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        return cookies.GetCookieHeader(browser.BaseAddress!);
    }
}
