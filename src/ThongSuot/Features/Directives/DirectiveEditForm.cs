namespace ThongSuot.Features.Directives;

/// <summary>The editor's form: mutable lists the buttons add to, move and remove from, then a <see cref="DirectiveRequest"/>.</summary>
public sealed class DirectiveEditForm
{
    /// <summary>As <see cref="DirectiveRules"/> and the column allow.</summary>
    public const int ContactsMaxLength = 2000;

    public Guid Revision { get; set; }
    public string? ParentAgency { get; set; }
    public string? IssuingAgency { get; set; }
    public string? Symbol { get; set; }
    public string? Place { get; set; }
    public string? Subject { get; set; }
    public string? Urgency { get; set; }
    public List<string?> LegalBases { get; set; } = [];
    public string? Introduction { get; set; }
    public string? SectionStyle { get; set; }
    public List<RecipientForm> Recipients { get; set; } = [];
    public List<SectionForm> Sections { get; set; } = [];
    public string? Closing { get; set; }
    public string? Contacts { get; set; }
    public string? SignAuthority { get; set; }
    public string? AuthorityTitle { get; set; }
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public bool IncludeAddressees { get; set; }
    public List<DistributionForm> Distribution { get; set; } = [];
    public string? DraftingUnit { get; set; }
    public string? DrafterCode { get; set; }

    public sealed class RecipientForm { public string? Label { get; set; } public List<Guid> OrganizationIds { get; set; } = []; }
    public sealed class SectionForm { public string? Heading { get; set; } public List<int> RecipientIndexes { get; set; } = []; public List<TaskForm> Tasks { get; set; } = []; }
    public sealed class TaskForm { public string? Text { get; set; } public bool ReportRequired { get; set; } public DateOnly? DueDate { get; set; } }
    public sealed class DistributionForm { public string? Text { get; set; } public string? Purpose { get; set; } }

    public static DirectiveEditForm From(DirectiveDto d) => new()
    {
        Revision = d.Revision, ParentAgency = d.ParentAgency, IssuingAgency = d.IssuingAgency, Symbol = d.Symbol, Place = d.Place,
        Subject = d.Subject, Urgency = d.Urgency, LegalBases = d.LegalBases.Select(x => (string?)x).ToList(), Introduction = d.Introduction,
        SectionStyle = d.SectionStyle,
        Recipients = d.Recipients.Select(r => new RecipientForm { Label = r.Label, OrganizationIds = r.OrganizationIds.ToList() }).ToList(),
        Sections = d.Sections.Select(s => new SectionForm
        {
            Heading = s.Heading, RecipientIndexes = s.RecipientIndexes.ToList(),
            Tasks = s.Tasks.Select(t => new TaskForm { Text = t.Text, ReportRequired = t.ReportRequired, DueDate = t.DueDate }).ToList(),
        }).ToList(),
        Closing = d.Closing, Contacts = d.Contacts, SignAuthority = d.SignAuthority, AuthorityTitle = d.AuthorityTitle,
        SignerTitle = d.SignerTitle, SignerName = d.SignerName, IncludeAddressees = d.IncludeAddressees,
        Distribution = d.Distribution.Select(x => new DistributionForm { Text = x.Text, Purpose = x.Purpose }).ToList(),
        DraftingUnit = d.DraftingUnit, DrafterCode = d.DrafterCode,
    };

    public DirectiveRequest ToRequest() => new()
    {
        Revision = Revision, ParentAgency = ParentAgency ?? "", IssuingAgency = IssuingAgency ?? "", Symbol = Symbol ?? "", Place = Place ?? "",
        Subject = Subject ?? "", Urgency = Urgency, LegalBases = LegalBases, Introduction = Introduction ?? "", SectionStyle = SectionStyle,
        Recipients = Recipients.Select(r => (RecipientRequest?)new RecipientRequest(r.Label, r.OrganizationIds)).ToList(),
        Sections = Sections.Select(s => (SectionRequest?)new SectionRequest(s.Heading, s.RecipientIndexes,
            s.Tasks.Select(t => (TaskRequest?)new TaskRequest(t.Text, t.ReportRequired, t.DueDate)).ToList())).ToList(),
        Closing = Closing ?? "", Contacts = Contacts ?? "", SignAuthority = SignAuthority, AuthorityTitle = AuthorityTitle ?? "",
        SignerTitle = SignerTitle, SignerName = SignerName, IncludeAddressees = IncludeAddressees,
        Distribution = Distribution.Select(x => (DistributionRequest?)new DistributionRequest(x.Text, x.Purpose)).ToList(),
        DraftingUnit = DraftingUnit ?? "", DrafterCode = DrafterCode,
    };

    /// <summary>Applies an editor button ("add-task:1", "up-section:2", "remove-recipient:0" …); false if it is not one.</summary>
    public bool Apply(string op)
    {
        var parts = op.Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], out var n) ? n : -1;
        int a = At(1), b = At(2);
        switch (parts[0])
        {
            case "add-section": Sections.Add(new SectionForm { Tasks = [new TaskForm()] }); return true;
            case "remove-section": return Remove(Sections, a);
            case "up-section": return Swap(Sections, a, a - 1);
            case "down-section": return Swap(Sections, a, a + 1);
            case "add-task" when Valid(Sections, a): Sections[a].Tasks.Add(new TaskForm()); return true;
            case "remove-task" when Valid(Sections, a): return Remove(Sections[a].Tasks, b);
            case "up-task" when Valid(Sections, a): return Swap(Sections[a].Tasks, b, b - 1);
            case "down-task" when Valid(Sections, a): return Swap(Sections[a].Tasks, b, b + 1);
            case "add-basis": LegalBases.Add(""); return true;
            case "remove-basis": return Remove(LegalBases, a);
            case "add-recipient": Recipients.Add(new RecipientForm()); return true;
            case "remove-recipient":
                if (!Remove(Recipients, a)) return false;
                // Sections point at recipient lines by position.
                foreach (var s in Sections) s.RecipientIndexes = s.RecipientIndexes.Where(i => i != a).Select(i => i > a ? i - 1 : i).ToList();
                return true;
            case "add-distribution": Distribution.Add(new DistributionForm()); return true;
            case "remove-distribution": return Remove(Distribution, a);
            default: return false;
        }
    }

    private static bool Valid<T>(List<T> list, int i) => i >= 0 && i < list.Count;

    private static bool Remove<T>(List<T> list, int i)
    {
        if (!Valid(list, i)) return false;
        list.RemoveAt(i);
        return true;
    }

    private static bool Swap<T>(List<T> list, int i, int j)
    {
        if (!Valid(list, i) || !Valid(list, j)) return false;
        (list[i], list[j]) = (list[j], list[i]);
        return true;
    }
}
