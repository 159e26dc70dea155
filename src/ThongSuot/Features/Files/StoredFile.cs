using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Files;

/// <summary>
/// An uploaded file (a report's attachment, a photo on an incident): its name, what its content really is, size and
/// SHA-256. The bytes live in <see cref="StoredFileContent"/> so listings never load them and the audit trail records the
/// file without its bytes. Who may read it is decided by what the file is attached to, never by the file alone.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The uploader's organisation, so the audit trail files the upload there.</summary>
    public Guid? OrganizationId { get; set; }
    public required string FileName { get; set; }
    public FileKind Kind { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content, checked again when the file is served.</summary>
    public required string Sha256 { get; set; }
    public Guid? UploadedById { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public sealed class StoredFileContent : Audit.INotAudited
{
    public Guid FileId { get; set; }
    public required byte[] Bytes { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>, IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.Property(x => x.FileName).HasMaxLength(FileStore.MaxFileNameLength);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<StoredFileContent> b)
    {
        b.ToTable("StoredFileContents");
        b.HasKey(x => x.FileId);
        b.HasOne<StoredFile>().WithOne().HasForeignKey<StoredFileContent>(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
