using System.Text;

namespace ThongSuot.Shared;

/// <summary>RFC 4180 records: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF.</summary>
public static class CsvParser
{
    public sealed record Record(List<string> Fields, string? Error = null);

    /// <summary>Yields each record with the line it starts on (1-based).</summary>
    public static IEnumerable<(int Line, Record Record)> Parse(string text, char delimiter)
    {
        var line = 1;
        var pos = 0;
        while (pos < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var endOfRecord = false;
            while (!endOfRecord)
            {
                if (pos < text.Length && text[pos] == '"' && field.Length == 0)
                {
                    pos++;
                    var closed = false;
                    while (pos < text.Length)
                    {
                        var c = text[pos];
                        if (c == '"')
                        {
                            if (pos + 1 < text.Length && text[pos + 1] == '"') { field.Append('"'); pos += 2; continue; }
                            pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') line++;
                        field.Append(c);
                        pos++;
                    }
                    if (!closed) { error = "Dấu ngoặc kép không được đóng."; endOfRecord = true; }
                }
                while (!endOfRecord && pos < text.Length && text[pos] != delimiter && text[pos] != '\r' && text[pos] != '\n')
                    field.Append(text[pos++]);
                if (endOfRecord) break;
                fields.Add(field.ToString());
                field.Clear();
                if (pos >= text.Length) { endOfRecord = true; break; }
                if (text[pos] == delimiter) { pos++; if (pos >= text.Length) { fields.Add(""); endOfRecord = true; } continue; }
                if (text[pos] == '\r') pos++;
                if (pos < text.Length && text[pos] == '\n') pos++;
                line++;
                endOfRecord = true;
            }
            yield return (startLine, new Record(fields, error));
            if (error is not null) yield break;
        }
    }
}
