using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Files;
using ThongSuot.Shared;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Files;

public abstract class FileStoreTests(AppFactory app)
{
    private static FileUpload Upload(string name, byte[] bytes, long? declared = null) =>
        new(name, declared ?? bytes.Length, () => new MemoryStream(bytes));

    [Fact]
    public async Task AnAcceptedFileIsSavedWithItsChecksumAndReadBack()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var db = scope.ServiceProvider.GetRequiredService<ThongSuot.Data.AppDbContext>();
        var errors = new FieldErrors();
        var file = await store.StageAsync(Upload("ảnh cáp đứt.png", SampleFiles.Png), "files", errors, null, null);
        Assert.False(errors.Any);
        await db.SaveChangesAsync();

        var read = await store.ReadAsync(file!.Id);
        Assert.NotNull(read);
        Assert.Equal(SampleFiles.Png, read.Value.Bytes);
        Assert.Equal("image/png", read.Value.File.ContentType);
        Assert.Equal("ảnh cáp đứt.png", read.Value.File.FileName);
        Assert.Equal(64, read.Value.File.Sha256.Length);
    }

    [Fact]
    public async Task ChangedBytesNoLongerMatchTheChecksumAndAreNotServed()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var db = scope.ServiceProvider.GetRequiredService<ThongSuot.Data.AppDbContext>();
        var file = await store.StageAsync(Upload("a.pdf", SampleFiles.Pdf), "files", new FieldErrors(), null, null);
        await db.SaveChangesAsync();
        var content = await db.Set<StoredFileContent>().SingleAsync(c => c.FileId == file!.Id);
        content.Bytes = [.. content.Bytes, 0x20];
        await db.SaveChangesAsync();

        Assert.Null(await store.ReadAsync(file!.Id));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("oversize")]
    [InlineData("lying-length")]
    [InlineData("text-named-pdf")]
    [InlineData("not-accepted-kind")]
    public async Task ABadUploadGivesAFieldErrorAndStagesNothing(string problem)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<FileStore>();
        var db = scope.ServiceProvider.GetRequiredService<ThongSuot.Data.AppDbContext>();
        var big = new byte[FileStore.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        var (upload, accepted) = problem switch
        {
            "empty" => (Upload("a.pdf", []), null),
            "oversize" => (Upload("a.pdf", big), null),
            // The sender claims a small file and streams a big one: only the limit is read.
            "lying-length" => (Upload("a.pdf", big, declared: 100), null),
            "text-named-pdf" => (Upload("a.pdf", "just text"u8.ToArray()), null),
            _ => (Upload("a.pdf", SampleFiles.Pdf), (IReadOnlySet<FileKind>?)new HashSet<FileKind> { FileKind.Png }),
        };
        var errors = new FieldErrors();

        var file = await store.StageAsync(upload, "files", errors, null, null, accepted);

        Assert.Null(file);
        Assert.True(errors.ToDictionary().ContainsKey("files"));
        Assert.Empty(db.ChangeTracker.Entries());
    }
}

public sealed class FileStoreTestsOnSqlite(SqliteAppFactory app) : FileStoreTests(app), IClassFixture<SqliteAppFactory>;

public sealed class FileStoreTestsOnPostgres(PostgresAppFactory app) : FileStoreTests(app), IClassFixture<PostgresAppFactory>;
