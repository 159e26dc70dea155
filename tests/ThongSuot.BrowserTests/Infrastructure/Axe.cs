using System.Text.Json;
using Microsoft.Playwright;

namespace ThongSuot.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (vendored from npm) in the page and returns the serious and critical WCAG violations.</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js"));

    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = Script });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
              return JSON.stringify(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ')));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
