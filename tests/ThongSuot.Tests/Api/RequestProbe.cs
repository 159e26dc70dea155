using System.Net.Http.Headers;
using System.Text;

namespace ThongSuot.Tests.Api;

/// <summary>
/// One bad request and the exact answer it must get: the status and, for a 400, the field keys of the ProblemDetails'
/// <c>errors</c>. Routes and bodies may hold placeholders such as <c>{vnpt}</c> that only exist at run time; the test
/// class resolves them from its database. <see cref="Name"/> is what a theory row shows, so a failure names the probe.
/// </summary>
public sealed record RequestProbe(string Who, string Method, string Route, string What, Func<Func<string, string>, HttpContent>? Body, int Status, string[] Fields)
{
    public string Name => $"{Who} {Method} {Route} — {What}";

    /// <summary>Headers to add to the request, e.g. Idempotency-Key (values may hold placeholders).</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>Bodies for probes: each call of the factory makes new content, with placeholders resolved.</summary>
public static class ProbeBody
{
    public const string Unknown = "0b5e55ed-0000-4000-8000-00000000dead";

    public static Func<Func<string, string>, HttpContent> Json(string json) => Text(json, "application/json");

    public static Func<Func<string, string>, HttpContent> Csv(string text) => Text(text, "text/csv");

    public static Func<Func<string, string>, HttpContent> Text(string text, string mediaType) =>
        resolve => new StringContent(resolve(text), Encoding.UTF8, mediaType);

    public static Func<Func<string, string>, HttpContent> Bytes(byte[] bytes, string mediaType) =>
        _ => new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };

    public static Func<Func<string, string>, HttpContent> Form(params (string Name, string Value)[] fields) =>
        resolve => new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, resolve(f.Value))));
}

/// <summary>A class's probes by name: the rows its theory runs, and the probe each row stands for.</summary>
public sealed class ProbeTable
{
    private readonly Dictionary<string, RequestProbe> _byName;

    public ProbeTable(IEnumerable<RequestProbe> probes) =>
        // ToDictionary throws on two probes of one name, which would make two rows indistinguishable.
        _byName = probes.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public int Count => _byName.Count;

    public RequestProbe this[string name] => _byName[name];

    public TheoryData<string> Rows
    {
        get
        {
            var rows = new TheoryData<string>();
            foreach (var name in _byName.Keys) rows.Add(name);
            return rows;
        }
    }
}
