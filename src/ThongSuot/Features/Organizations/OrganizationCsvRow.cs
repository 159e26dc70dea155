using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>One checked line of an organisations CSV file.</summary>
internal sealed record OrganizationCsvRow(
    int Line, string ShortName, string Name, OrganizationKind Kind, string? ParentShortName,
    string? Phone, string? Email, string? Hotline, string? Address, HashSet<Guid> AreaIds)
{
    /// <summary>Checks a line with the same rules as the forms; adds its errors and returns null when it has any.</summary>
    public static OrganizationCsvRow? Parse(CsvRow row, IReadOnlyDictionary<string, Guid> areasByCode, List<CsvLineError> errors)
    {
        var fields = new FieldErrors();
        var shortName = OrganizationRules.ShortName(fields, "short_name", Cell(row, "short_name"));
        var name = fields.Text("name", Cell(row, "name"), OrganizationRules.NameMax, required: true, "Tên tổ chức");
        var kind = OrganizationRules.Kind(fields, "kind", Cell(row, "kind"));
        var parent = Cell(row, "parent_short_name")?.ToUpperInvariant();
        var (phone, email, hotline, address) = OrganizationRules.Contact(fields, new OrganizationInput
        {
            Phone = Cell(row, "phone"), Email = Cell(row, "email"), Hotline = Cell(row, "hotline"), Address = Cell(row, "address"),
        });
        var areaIds = new HashSet<Guid>();
        foreach (var code in (Cell(row, "area_codes") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (areasByCode.TryGetValue(code, out var id)) areaIds.Add(id);
            else fields.Add("area_codes", $"Không tìm thấy địa bàn có mã {code}.");
        }
        var messages = fields.ToDictionary();
        if (messages.Count > 0)
        {
            foreach (var (column, list) in messages)
                foreach (var message in list) errors.Add(new(row.Line, column, message));
            return null;
        }
        return new(row.Line, shortName!, name!, kind!.Value, parent, phone, email, hotline, address, areaIds);
    }

    /// <summary>Copies the line onto the organisation; returns whether its areas changed.</summary>
    public bool Apply(Organization org, Guid? parentId)
    {
        (org.Name, org.Kind, org.ParentId) = (Name, Kind, parentId);
        (org.Phone, org.Email, org.Hotline, org.Address) = (Phone, Email, Hotline, Address);
        var removed = org.Areas.RemoveAll(a => !AreaIds.Contains(a.AreaId));
        var added = AreaIds.Where(a => org.Areas.All(x => x.AreaId != a)).ToList();
        foreach (var areaId in added) org.Areas.Add(new OrganizationArea { OrganizationId = org.Id, AreaId = areaId });
        return removed > 0 || added.Count > 0;
    }

    /// <summary>A cell's text, without the apostrophe that export puts before =, +, - and @ against spreadsheet formulas.</summary>
    private static string? Cell(CsvRow row, string column) =>
        row[column] is { Length: > 1 } v && v[0] == '\'' && "=+-@".Contains(v[1]) ? v[1..] : row[column];
}
