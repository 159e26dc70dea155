using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Files;

/// <summary>An upload as it arrived: the sender's file name, the declared length and the bytes.</summary>
public sealed record FileUpload(string? FileName, long Length, Func<Stream> Open)
{
    public static FileUpload From(IFormFile file) => new(file.FileName, file.Length, file.OpenReadStream);
}

/// <summary>
/// Checks and keeps uploaded files. <see cref="Stage"/> validates (empty, too large, not an accepted kind by content)
/// and adds the file to the caller's unit of work, so the file and what it is attached to are saved together or not
/// at all. Authorisation is the caller's: a file is readable by whoever may read what it is attached to.
/// </summary>
public sealed class FileStore(AppDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    public static readonly IReadOnlySet<FileKind> Documents = new HashSet<FileKind>(Enum.GetValues<FileKind>());

    /// <summary>Validates one upload and adds it (not yet saved); errors go to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public async Task<StoredFile?> StageAsync(FileUpload upload, string field, FieldErrors errors, Guid? organizationId, Guid? userId,
        IReadOnlySet<FileKind>? accepted = null, CancellationToken ct = default)
    {
        var name = CleanName(upload.FileName);
        if (upload.Length <= 0) { errors.Add(field, $"Tệp {name} rỗng."); return null; }
        if (upload.Length > MaxBytes) { errors.Add(field, $"Tệp {name} lớn hơn {MaxBytes / 1024 / 1024} MB."); return null; }
        byte[] bytes;
        await using (var stream = upload.Open())
        {
            using var buffer = new MemoryStream();
            // The declared length can lie; never read more than the limit allows.
            var read = await CopyAtMostAsync(stream, buffer, MaxBytes + 1, ct);
            if (read > MaxBytes) { errors.Add(field, $"Tệp {name} lớn hơn {MaxBytes / 1024 / 1024} MB."); return null; }
            if (read == 0) { errors.Add(field, $"Tệp {name} rỗng."); return null; }
            bytes = buffer.ToArray();
        }
        var kind = FileInspector.Inspect(bytes);
        if (kind is null || !(accepted ?? Documents).Contains(kind.Value))
        {
            errors.Add(field, $"Tệp {name} không phải loại được nhận (PDF, Word .docx, Excel .xlsx, ảnh PNG/JPEG/GIF/WebP).");
            return null;
        }
        var file = new StoredFile
        {
            OrganizationId = organizationId, FileName = name, Kind = kind.Value, ContentType = kind.Value.ContentType(),
            Size = bytes.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), UploadedById = userId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(file);
        db.Add(new StoredFileContent { FileId = file.Id, Bytes = bytes });
        return file;
    }

    /// <summary>The bytes of a file, or null if missing or if they no longer match the checksum taken at upload.</summary>
    public async Task<(StoredFile File, byte[] Bytes)?> ReadAsync(Guid fileId, CancellationToken ct = default)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        var content = await db.Set<StoredFileContent>().AsNoTracking().Where(c => c.FileId == fileId).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
        if (content is null || Convert.ToHexStringLower(SHA256.HashData(content)) != file.Sha256) return null;
        return (file, content);
    }

    /// <summary>A name safe to show and to put in Content-Disposition: no path, no control characters, bounded length.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0) name = "tep";
        return name.Length <= MaxFileNameLength ? name : name[..(MaxFileNameLength - 10)] + name[^10..];
    }

    private static async Task<long> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while (total < limit && (n = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), ct)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, n), ct);
            total += n;
        }
        return total;
    }
}
