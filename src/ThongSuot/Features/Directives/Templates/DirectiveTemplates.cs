using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>The five seed templates, read once from the embedded JSON files in Data/.</summary>
public static class DirectiveTemplates
{
    private const string Prefix = "ThongSuot.DirectiveTemplates.";

    private static readonly Lazy<IReadOnlyList<DirectiveTemplate>> Loaded = new(Load);

    public static IReadOnlyList<DirectiveTemplate> All => Loaded.Value;

    public static DirectiveTemplate? Find(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : All.FirstOrDefault(t => string.Equals(t.Key, key.Trim(), StringComparison.Ordinal));

    private static IReadOnlyList<DirectiveTemplate> Load()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var assembly = typeof(DirectiveTemplates).Assembly;
        // The order users see: the department's Tết letters first, then the others as in the seeds.
        string[] order = ["tet-so-2019", "tet-doanh-nghiep", "le-30-4-huyen", "tet-ha-tinh", "dai-hoi-tet"];
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return JsonSerializer.Deserialize<DirectiveTemplate>(stream, options)
                    ?? throw new InvalidOperationException($"Empty directive template {name}.");
            })
            .OrderBy(t => Array.IndexOf(order, t.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
    }
}
