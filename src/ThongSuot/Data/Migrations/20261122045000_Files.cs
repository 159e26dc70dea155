using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ThongSuot.Data.Migrations;

/// <summary>Uploaded files: metadata with checksum, and the bytes in a table of their own.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261122045000_Files")]
public sealed class Files : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("StoredFiles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            OrganizationId = t.Column<Guid>(nullable: true),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            Kind = t.Column<string>(maxLength: 10, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Size = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            UploadedById = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_StoredFiles", x => x.Id));

        m.CreateTable("StoredFileContents", t => new
        {
            FileId = t.Column<Guid>(nullable: false),
            Bytes = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_StoredFileContents", x => x.FileId);
            t.ForeignKey("FK_StoredFileContents_StoredFiles_FileId", x => x.FileId, "StoredFiles", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("StoredFileContents");
        m.DropTable("StoredFiles");
    }
}
