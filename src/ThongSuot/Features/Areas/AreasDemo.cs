namespace ThongSuot.Features.Areas;

/// <summary>The demo's communes: a sample of the new Quảng Trị (merged with Quảng Bình on 1 July 2025).</summary>
public static class AreasDemo
{
    /// <summary>Code of the demo province (the new Quảng Trị, seat in Đồng Hới).</summary>
    public const string ProvinceCode = ProvinceCatalog.QuangTriCode;
    public const string SampleFileName = "quang-tri-communes.csv";
    /// <summary>Code of the special zone Cồn Cỏ in the sample file.</summary>
    public const string ConCoCode = "19615";

    /// <summary>The sample CSV, embedded in the assembly so the CLI, the tests and the import page all find it.</summary>
    public static string SampleCsv()
    {
        using var stream = typeof(AreasDemo).Assembly.GetManifestResourceStream("ThongSuot.Areas." + SampleFileName)
            ?? throw new InvalidOperationException($"Embedded resource {SampleFileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Imports the sample; safe to call again (the import is idempotent).</summary>
    public static async Task<AreaImportReport> SeedAsync(AreasService areas, CancellationToken ct)
    {
        var result = await areas.ImportCsvAsync(SampleCsv(), ct: ct);
        if (result.Value is not { Succeeded: true } report)
            throw new InvalidOperationException("The sample communes did not import: " +
                string.Join("; ", result.Value?.Errors.Select(e => $"{e.Line} {e.Column}: {e.Message}") ?? [result.Error?.Message]));
        return report;
    }
}
