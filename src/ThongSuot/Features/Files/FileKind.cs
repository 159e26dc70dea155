using System.IO.Compression;

namespace ThongSuot.Features.Files;

public enum FileKind { Pdf, Docx, Xlsx, Png, Jpeg, Gif, Webp }

/// <summary>
/// Tells what a file is from its bytes, not from its name or the browser's Content-Type (both are whatever the sender
/// says). Office files are zip packages: the part names inside say whether it is a Word or an Excel document.
/// </summary>
public static class FileInspector
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Gif => "image/gif",
        _ => "image/webp",
    };

    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        _ => "." + kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The kind of <paramref name="content"/>, or null when it is none of the accepted kinds.</summary>
    public static FileKind? Inspect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) return FileKind.Gif;
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)) return FileKind.Webp;
        if (content.StartsWith("PK\x03\x04"u8)) return OfficeKind(content.ToArray());
        return null;
    }

    private static FileKind? OfficeKind(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return FileKind.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return FileKind.Xlsx;
            return null;
        }
        catch (InvalidDataException) { return null; }
    }
}
