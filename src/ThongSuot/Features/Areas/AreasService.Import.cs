using Microsoft.EntityFrameworkCore;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

public sealed partial class AreasService
{
    public static readonly string[] RequiredColumns = ["code", "name", "kind", "province_code"];

    /// <summary>The CSV column that reports a rule's field.</summary>
    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "code", ["name"] = "name", ["kind"] = "kind",
        ["provinceCode"] = "province_code", ["validFrom"] = "valid_from", ["validTo"] = "valid_to",
    };

    /// <summary>
    /// Imports communes, wards, special zones (and, for old records, districts) all or nothing: any bad line
    /// and nothing is written. A row whose code and start date already exist updates that unit, so importing
    /// the same file twice changes nothing. With <paramref name="preview"/> the file is checked, not written.
    /// </summary>
    public async Task<ServiceResult<AreaImportReport>> ImportCsvAsync(string text, bool preview = false, CancellationToken ct = default)
    {
        if (!MayWrite) return ServiceError.Forbidden();
        var (rows, fileErrors) = CsvTable.Read(text, RequiredColumns);
        if (fileErrors.Count > 0) return AreaImportReport.Failed(fileErrors);
        if (rows.Count == 0) return AreaImportReport.Failed([new CsvLineError(1, "", "Tệp không có dòng dữ liệu nào.")]);

        var provinces = await ProvinceRowsAsync(ct);
        var errors = new List<CsvLineError>();
        var valid = new List<ValidArea>();
        var seen = new Dictionary<(string, DateOnly), int>();
        foreach (var row in rows)
        {
            var unit = CheckRow(row, provinces, errors);
            if (unit is null) continue;
            if (seen.TryGetValue((unit.Code, unit.ValidFrom), out var first))
                errors.Add(new(row.Line, "code", $"Mã {unit.Code} trùng với dòng {first}."));
            else
            {
                seen[(unit.Code, unit.ValidFrom)] = row.Line;
                valid.Add(unit);
            }
        }
        if (errors.Count > 0) return AreaImportReport.Failed(errors);

        var codes = valid.Select(v => v.Code).Distinct().ToList();
        var existing = (await db.Set<Area>().Where(a => codes.Contains(a.Code)).ToListAsync(ct))
            .ToDictionary(a => (a.Code, a.ValidFrom));
        int created = 0, updated = 0, unchanged = 0;
        foreach (var unit in valid)
        {
            if (!existing.TryGetValue((unit.Code, unit.ValidFrom), out var area))
            {
                db.Add(area = new Area { Code = unit.Code, Name = unit.Name });
                Apply(area, unit);
                created++;
                continue;
            }
            Apply(area, unit);
            if (db.Entry(area).Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))) updated++;
            else unchanged++;
        }
        if (preview) db.ChangeTracker.Clear();
        else await db.SaveChangesAsync(ct);
        return new AreaImportReport(created, updated, unchanged, [], preview);
    }

    private static ValidArea? CheckRow(CsvRow row, IReadOnlyList<Area> provinces, List<CsvLineError> errors)
    {
        var before = errors.Count;
        if (!AreaRules.TryParseDate(row["valid_from"], out var from))
            errors.Add(new(row.Line, "valid_from", BadDate(row["valid_from"]!)));
        if (!AreaRules.TryParseDate(row["valid_to"], out var to))
            errors.Add(new(row.Line, "valid_to", BadDate(row["valid_to"]!)));
        var kind = AreaKinds.Parse(row["kind"]);
        if (kind?.Level() == AreaLevel.Province)
            errors.Add(new(row.Line, "kind", "Tệp chỉ nhập đơn vị cấp xã (hoặc cấp huyện cũ); tỉnh, thành phố đã có sẵn."));
        if (errors.Count > before) return null;

        var fieldErrors = new FieldErrors();
        var input = new AreaInput
        {
            Code = row["code"], Name = row["name"], Kind = row["kind"], ProvinceCode = row["province_code"],
            ValidFrom = from, ValidTo = to,
        };
        var unit = AreaRules.Check(input, provinces, fieldErrors);
        foreach (var (field, messages) in fieldErrors.ToDictionary())
            foreach (var message in messages)
                errors.Add(new(row.Line, ColumnOf.GetValueOrDefault(field, field), message));
        return unit;
    }

    private static string BadDate(string value) =>
        $"Ngày \"{AreaRules.Clip(value)}\" không hợp lệ; dùng dạng dd/MM/yyyy hoặc yyyy-MM-dd.";
}
