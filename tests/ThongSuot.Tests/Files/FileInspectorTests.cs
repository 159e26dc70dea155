using System.IO.Compression;
using System.Text;
using ThongSuot.Features.Files;

namespace ThongSuot.Tests.Files;

public sealed class FileInspectorTests
{
    [Fact]
    public void APdfIsKnownByItsHeaderWhateverItsName() =>
        Assert.Equal(FileKind.Pdf, FileInspector.Inspect("%PDF-1.7\n1 0 obj\n"u8));

    [Fact]
    public void ImagesAreKnownByTheirSignatures()
    {
        Assert.Equal(FileKind.Png, FileInspector.Inspect(SampleFiles.Png));
        Assert.Equal(FileKind.Jpeg, FileInspector.Inspect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(FileKind.Gif, FileInspector.Inspect("GIF89a\x01\x00"u8));
        Assert.Equal(FileKind.Webp, FileInspector.Inspect("RIFF\x10\x00\x00\x00WEBPVP8 "u8));
    }

    [Fact]
    public void OfficeDocumentsAreToldApartByTheirParts()
    {
        Assert.Equal(FileKind.Docx, FileInspector.Inspect(SampleFiles.Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(FileKind.Xlsx, FileInspector.Inspect(SampleFiles.Zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    [Fact]
    public void AZipThatIsNoOfficeDocumentIsRefused()
    {
        Assert.Null(FileInspector.Inspect(SampleFiles.Zip("virus.exe")));
        Assert.Null(FileInspector.Inspect(SampleFiles.Zip("[Content_Types].xml", "ppt/presentation.xml")));
    }

    [Fact]
    public void TextExecutablesAndBrokenZipsAreRefused()
    {
        Assert.Null(FileInspector.Inspect(Encoding.UTF8.GetBytes("<script>alert(1)</script>")));
        Assert.Null(FileInspector.Inspect("MZ\x90\x00\x03"u8));
        Assert.Null(FileInspector.Inspect("PK\x03\x04 not really a zip"u8));
        Assert.Null(FileInspector.Inspect([]));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\a\\báo cáo.pdf", "báo cáo.pdf")]
    [InlineData("  ", "tep")]
    [InlineData(null, "tep")]
    [InlineData("a\r\nb.pdf", "ab.pdf")]
    public void FileNamesLoseTheirPathAndControlCharacters(string? given, string expected) =>
        Assert.Equal(expected, FileStore.CleanName(given));

    [Fact]
    public void AVeryLongFileNameKeepsItsEnding()
    {
        var name = FileStore.CleanName(new string('a', 500) + ".xlsx");
        Assert.Equal(FileStore.MaxFileNameLength, name.Length);
        Assert.EndsWith(".xlsx", name);
    }
}

/// <summary>Small valid files for upload tests.</summary>
public static class SampleFiles
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        return buffer.ToArray();
    }
}
