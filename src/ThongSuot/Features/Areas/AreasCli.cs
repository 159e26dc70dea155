using System.CommandLine;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

public static class AreasCli
{
    /// <summary><c>import-areas FILE</c>: all or nothing; the per-line report goes to stderr and the exit code is 1 on any error.</summary>
    public static Command ImportAreas(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV: code,name,kind,province_code[,valid_from,valid_to]" };
        var command = new Command("import-areas", "Nhập đơn vị hành chính cấp xã từ tệp CSV.") { file };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {path.FullName}.");
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            await DatabaseInitializer.PrepareAsync(scope.ServiceProvider, seedDemo: false, ct);
            using var _ = AuditActor.AsSystem("cli:import-areas");
            string? text, readError;
            await using (var stream = path.OpenRead())
                (text, readError) = await CsvTable.ReadUploadAsync(stream, path.Length);
            if (text is null)
            {
                await Console.Error.WriteLineAsync(readError);
                return 1;
            }
            var result = await scope.ServiceProvider.GetRequiredService<AreasService>().ImportCsvAsync(text, ct: ct);
            var report = result.Value!;
            if (!report.Succeeded)
            {
                foreach (var e in report.Errors)
                    await Console.Error.WriteLineAsync($"Dòng {e.Line}{(e.Column.Length > 0 ? $", cột {e.Column}" : "")}: {e.Message}");
                await Console.Error.WriteLineAsync($"Không nhập dòng nào: {report.Errors.Count} lỗi.");
                return 1;
            }
            await Console.Error.WriteLineAsync($"Đã nhập: {report.Created} mới, {report.Updated} cập nhật, {report.Unchanged} không đổi.");
            return 0;
        });
        return command;
    }
}
