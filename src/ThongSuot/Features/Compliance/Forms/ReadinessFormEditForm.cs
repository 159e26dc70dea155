using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ThongSuot.Features.Compliance.Forms;

/// <summary>
/// The form editor's model: a field list the buttons add to, move and remove from. Numbers are kept as typed (text) and
/// read with a dot or a comma, so "1,5" typed in Vietnamese works and "abc" is an error beside its field.
/// </summary>
public sealed class ReadinessFormEditForm
{
    public Guid? Revision { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string> OrganizationKinds { get; set; } = [];
    public bool IsActive { get; set; } = true;
    public List<FieldForm> Fields { get; set; } = [];

    public sealed class FieldForm
    {
        public string? Key { get; set; }
        public string? Label { get; set; }
        public string? Type { get; set; } = nameof(ReadinessFieldType.WholeNumber);
        public string? Unit { get; set; }
        public bool Required { get; set; }
        public string? Min { get; set; }
        public string? Max { get; set; }
        public string? MaxLength { get; set; }
        public string? Help { get; set; }
        public bool Summable { get; set; }
        public string? Repeat { get; set; } = nameof(ReadinessFieldRepeat.None);
        /// <summary>One option per line.</summary>
        public string? Options { get; set; }
    }

    public static ReadinessFormEditForm From(ReadinessFormDto f) => new()
    {
        Revision = f.Revision, Code = f.Code, Name = f.Name, Description = f.Description,
        OrganizationKinds = f.OrganizationKinds.Select(k => k.ToString()).ToList(), IsActive = f.IsActive,
        Fields = f.Fields.Select(x => new FieldForm
        {
            Key = x.Key, Label = x.Label, Type = x.Type.ToString(), Unit = x.Unit, Required = x.Required,
            Min = x.Min?.ToString(CultureInfo.InvariantCulture), Max = x.Max?.ToString(CultureInfo.InvariantCulture),
            MaxLength = x.MaxLength?.ToString(CultureInfo.InvariantCulture), Help = x.Help, Summable = x.Summable,
            Repeat = x.Repeat.ToString(), Options = x.Options is null ? null : string.Join('\n', x.Options),
        }).ToList(),
    };

    /// <summary>The request for the service, or null with the unreadable numbers named in <paramref name="modelState"/>.</summary>
    public ReadinessFormRequest? ToRequest(ModelStateDictionary modelState, string prefix)
    {
        var ok = true;
        var fields = new List<ReadinessFieldRequest?>();
        for (var i = 0; i < Fields.Count; i++)
        {
            var f = Fields[i];
            var at = $"{prefix}.Fields[{i}]";
            var min = Decimal(f.Min, $"{at}.Min", "Giá trị nhỏ nhất phải là số.");
            var max = Decimal(f.Max, $"{at}.Max", "Giá trị lớn nhất phải là số.");
            int? maxLength = null;
            if (!string.IsNullOrWhiteSpace(f.MaxLength))
            {
                if (int.TryParse(f.MaxLength.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) maxLength = n;
                else { modelState.AddModelError($"{at}.MaxLength", "Độ dài tối đa phải là số nguyên dương."); ok = false; }
            }
            var options = (f.Options ?? "").Split('\n').Select(o => (string?)o.Trim()).Where(o => o!.Length > 0).ToList();
            fields.Add(new ReadinessFieldRequest(f.Key, f.Label, f.Type, f.Unit, f.Required, min, max, maxLength, f.Help, f.Summable, f.Repeat, options));
        }
        return ok ? new ReadinessFormRequest(Revision, Code, Name, Description, OrganizationKinds.Select(k => (string?)k).ToList(), IsActive, fields) : null;

        decimal? Decimal(string? text, string key, string message)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return d;
            modelState.AddModelError(key, message);
            ok = false;
            return null;
        }
    }

    /// <summary>Applies an editor button ("add-field", "up-field:2", "remove-field:0" …); false if it is not one.</summary>
    public bool Apply(string op)
    {
        var parts = op.Split(':');
        var i = parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : -1;
        bool Valid(int k) => k >= 0 && k < Fields.Count;
        switch (parts[0])
        {
            case "add-field": Fields.Add(new FieldForm()); return true;
            case "remove-field" when Valid(i): Fields.RemoveAt(i); return true;
            case "up-field" when Valid(i) && Valid(i - 1): (Fields[i], Fields[i - 1]) = (Fields[i - 1], Fields[i]); return true;
            case "down-field" when Valid(i) && Valid(i + 1): (Fields[i], Fields[i + 1]) = (Fields[i + 1], Fields[i]); return true;
            default: return false;
        }
    }
}
