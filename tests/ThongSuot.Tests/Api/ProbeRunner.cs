using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Incidents;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Api;

/// <summary>Sends one probe and asserts its exact answer, and that no table gained or lost a row.</summary>
public static class ProbeRunner
{
    private static readonly ConditionalWeakTable<AppFactory, ConcurrentDictionary<string, Lazy<Task<object>>>> Arranged = new();

    /// <summary>
    /// Runs an arrangement once per app (one database) and hands every later caller the same result: the theory rows
    /// of a class share its signed-in clients and the records the probes aim at.
    /// </summary>
    public static async Task<T> OnceAsync<T>(this AppFactory app, string key, Func<Task<T>> arrange) where T : notnull
    {
        var cache = Arranged.GetOrCreateValue(app);
        return (T)await cache.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await arrange())).Value;
    }

    /// <summary>A client signed in as a demo user, signed in once per app.</summary>
    public static Task<HttpClient> SignedInOnceAsync(this AppFactory app, string userName) =>
        app.OnceAsync("signed-in:" + userName, () => app.SignedInAsync(userName));

    public static async Task AssertRefusedAsync(AppFactory app, HttpClient client, RequestProbe probe, IReadOnlyDictionary<string, string> placeholders)
    {
        string Resolve(string text)
        {
            foreach (var (key, value) in placeholders) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
            return text;
        }

        await SettleAsync(app);
        var before = await RowCountsAsync(app);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), Resolve(probe.Route)) { Content = probe.Body?.Invoke(Resolve) };
        foreach (var (name, value) in probe.Headers) request.Headers.TryAddWithoutValidation(name, Resolve(value));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var fields = status == 400 ? ErrorKeys(text) : [];

        Assert.True(status == probe.Status, $"expected {probe.Status}, got {status}: {Shorten(text)}");
        if (status == 400)
            Assert.True(probe.Fields.Order(StringComparer.Ordinal).SequenceEqual(fields, StringComparer.Ordinal),
                $"expected errors for [{string.Join(", ", probe.Fields)}], got [{string.Join(", ", fields)}]: {Shorten(text)}");
        if (probe.Route.StartsWith("/api/", StringComparison.Ordinal)) AssertVietnameseTitle(text);
        await SettleAsync(app);
        AssertSameCounts(before, await RowCountsAsync(app));
    }

    /// <summary>An API refusal is ProblemDetails whose title tells a Vietnamese user what went wrong, not the framework's English default.</summary>
    private static void AssertVietnameseTitle(string problem)
    {
        string? title = null;
        try
        {
            using var doc = JsonDocument.Parse(problem);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("title", out var t)) title = t.GetString();
        }
        catch (JsonException)
        {
        }
        // Vietnamese titles carry diacritics ("Dữ liệu không hợp lệ."); the framework's defaults ("Not Found") are plain ASCII.
        Assert.True(title is not null && title.Any(c => c > 127), $"no Vietnamese title in: {Shorten(problem)}");
    }

    /// <summary>The keys of a ValidationProblem's errors, sorted; none when the body has no errors object.</summary>
    public static string[] ErrorKeys(string problem)
    {
        try
        {
            using var doc = JsonDocument.Parse(problem);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                ? errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>
    /// Lets the app finish what it does off the request — event handlers, then the outbox's deliveries (an in-app
    /// delivery adds a row) — so a count holds only what the probe itself wrote, whenever the app's own workers run.
    /// </summary>
    private static async Task SettleAsync(AppFactory app)
    {
        await app.EventHandlersDoneAsync();
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var lease = TimeSpan.FromSeconds(app.Services.GetRequiredService<IOptions<NotificationsOptions>>().Value.LeaseSeconds + 5);
        var stop = DateTime.UtcNow.AddSeconds(20);
        // Due, or held under a worker's lease; not those put off for an hour because their channel is not configured here.
        while (await app.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= clock.GetUtcNow().UtcDateTime + lease)))
        {
            if (DateTime.UtcNow > stop) throw new TimeoutException("The outbox still had messages to deliver after 20 s.");
            // The app's own outbox worker may hold some under its lease: deliver what is free, wait for the rest.
            if ((await dispatcher.DispatchDueAsync()).Claimed == 0) await Task.Delay(20);
        }
    }

    /// <summary>Names only the tables whose counts moved, so a failure says what was written.</summary>
    private static void AssertSameCounts(Dictionary<string, long> before, Dictionary<string, long> after)
    {
        var moved = before.Keys.Union(after.Keys)
            .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.GetValueOrDefault(t)} → {after.GetValueOrDefault(t)}").ToList();
        Assert.True(moved.Count == 0, "rows written: " + string.Join(", ", moved));
    }

    public static Task<Dictionary<string, long>> RowCountsAsync(AppFactory app) => app.WithDbAsync(TableRows.CountAsync);

    private static string Shorten(string s) => s.Length > 400 ? s[..400] + "…" : s;
}
