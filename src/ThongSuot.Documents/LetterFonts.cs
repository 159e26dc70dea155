using PdfSharp.Fonts;

namespace ThongSuot.Documents;

/// <summary>
/// Serves Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese) to PDFsharp,
/// for both "Times New Roman" and "Liberation Serif", so the PDF matches the .docx line for line.
/// </summary>
internal sealed class LetterFonts : IFontResolver
{
    public const string Family = "Liberation Serif";

    // Liberation 2.x first: 1.x (Debian's fonts-liberation) lacks the Vietnamese letters ư, ơ, ạ … ỹ.
    private static readonly string[] Directories =
    [
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/liberation-serif",
        "/usr/share/fonts/truetype/liberation",
    ];

    private static readonly LetterFonts Instance = new();
    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _files = [];

    /// <summary>PDFsharp accepts one resolver per process and only before first use: install ours once.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException("Another PDFsharp font resolver is installed; the letter needs Liberation Serif.");
            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            && !familyName.Equals("Times New Roman", StringComparison.OrdinalIgnoreCase)) return null;
        var face = (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };
        return new FontResolverInfo("LiberationSerif-" + face);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_files)
        {
            if (_files.TryGetValue(faceName, out var bytes)) return bytes;
            var path = Directories.Select(d => Path.Combine(d, faceName + ".ttf")).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException(
                    $"Font {faceName}.ttf not found; install Debian's fonts-liberation2.", faceName + ".ttf");
            return _files[faceName] = File.ReadAllBytes(path);
        }
    }
}
