using System.Text;

namespace ThongSuot.Shared;

/// <summary>One error on one line of an imported file; line 1 is the header.</summary>
public sealed record CsvLineError(int Line, string Column, string Message);

/// <summary>One data row of a CSV file, by header name (case-insensitive), with its line number.</summary>
public sealed class CsvRow(int line, IReadOnlyDictionary<string, string> values)
{
    public int Line { get; } = line;

    public string? this[string column] =>
        values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// Reads and writes the CSV files people exchange with spreadsheets: UTF-8 (with or without BOM),
/// comma or semicolon separated, a header line naming the columns.
/// </summary>
public static class CsvTable
{
    public const int MaxRows = 20_000;

    /// <summary>Reads all rows, or returns the file-level errors (missing columns, too many rows, unreadable).</summary>
    public static (List<CsvRow> Rows, List<CsvLineError> Errors) Read(string text, IReadOnlyCollection<string> requiredColumns)
    {
        var rows = new List<CsvRow>();
        var errors = new List<CsvLineError>();
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(1, "", "Tệp rỗng."));
            return (rows, errors);
        }
        var firstLine = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var i and >= 0 ? i : text.Length);
        var delimiter = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        string[]? header = null;
        foreach (var (line, record) in CsvParser.Parse(text, delimiter))
        {
            if (record.Error is { } parseError)
            {
                errors.Add(new(line, "", parseError));
                break;
            }
            var fields = record.Fields;
            if (header is null)
            {
                header = fields.Select(h => h.Trim()).ToArray();
                foreach (var column in requiredColumns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)))
                    errors.Add(new(1, column, $"Thiếu cột \"{column}\"."));
                if (errors.Count > 0) return (rows, errors);
                continue;
            }
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count >= MaxRows)
            {
                errors.Add(new(line, "", $"Tệp có quá {MaxRows} dòng dữ liệu."));
                break;
            }
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < header.Length; c++) values[header[c]] = c < fields.Count ? fields[c].Trim() : "";
            if (fields.Count > header.Length)
                errors.Add(new(line, "", $"Dòng có {fields.Count} cột, nhiều hơn tiêu đề ({header.Length})."));
            rows.Add(new CsvRow(line, values));
        }
        if (header is null) errors.Add(new(1, "", "Không đọc được dòng tiêu đề."));
        return (rows, errors);
    }

    /// <summary>Writes rows as UTF-8 with BOM (so spreadsheets show Vietnamese correctly), comma separated.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendLine(sb, header);
        foreach (var row in rows) AppendLine(sb, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void AppendLine(StringBuilder sb, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var value = fields[i] ?? "";
            // A leading = + - @ would be run as a formula by spreadsheets (CSV injection).
            if (value.Length > 0 && "=+-@".Contains(value[0]) && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)) value = "'" + value;
            if (value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0) sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
            else sb.Append(value);
        }
        sb.Append("\r\n");
    }

    /// <summary>Reads an uploaded file as text, refusing what is too large or not UTF-8.</summary>
    public static async Task<(string? Text, string? Error)> ReadUploadAsync(Stream stream, long length, long maxBytes = 5 * 1024 * 1024)
    {
        if (length == 0) return (null, "Tệp rỗng.");
        if (length > maxBytes) return (null, $"Tệp lớn hơn {maxBytes / 1024 / 1024} MB.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try { return (await reader.ReadToEndAsync(), null); }
        catch (DecoderFallbackException) { return (null, "Tệp không phải văn bản UTF-8."); }
    }
}
