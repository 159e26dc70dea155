using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ThongSuot.Tests.Areas;

internal static class AreaTestData
{
    public const string Header = "code,name,kind,province_code,valid_from,valid_to";

    public static string Csv(params string[] lines) => string.Join("\r\n", [Header, .. lines]) + "\r\n";

    public static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/areas/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
