using ThongSuot.Documents;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Directives;

public enum DirectiveStatus { Draft, Issued, Superseded }

/// <summary>How the body is numbered: "I. heading / 1. task" (seed 000) or "1. heading / - task" (seed 002).</summary>
public enum DirectiveSectionStyle { RomanSections, NumberedSections }

/// <summary>
/// A directive letter (công văn) of a campaign, kept as structured data and rendered as a Decree 30 letter.
/// A draft is edited freely; issuing takes a number from the issuer's register and freezes it; a correction is a
/// new version (<see cref="PreviousVersionId"/>) and the old one becomes Superseded. A cascade letter of a recipient
/// points at the letter it implements (<see cref="ParentDirectiveId"/>).
/// </summary>
public sealed class Directive
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    /// <summary>The issuer. Named OrganizationId so the audit trail and scoping file it under that organisation.</summary>
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public Guid? ParentDirectiveId { get; set; }
    public Directive? ParentDirective { get; set; }
    public Guid? PreviousVersionId { get; set; }
    public int Version { get; set; } = 1;
    public DirectiveStatus Status { get; set; } = DirectiveStatus.Draft;
    /// <summary>Which seed template or earlier directive it was made from, e.g. "template:tet-skhcn" or "copy:{id}".</summary>
    public string? Origin { get; set; }

    // Header
    public required string ParentAgency { get; set; }
    public required string IssuingAgency { get; set; }
    /// <summary>Register year and number, set when issued; (OrganizationId, Year, Number) is unique.</summary>
    public int? Year { get; set; }
    public int? Number { get; set; }
    public required string Symbol { get; set; }
    public required string Place { get; set; }
    /// <summary>The date printed on the letter; set when issued.</summary>
    public DateOnly? IssuedOn { get; set; }
    public required string Subject { get; set; }
    public LetterUrgency Urgency { get; set; }

    // Body
    public List<DirectiveLegalBasis> LegalBases { get; set; } = [];
    /// <summary>Text after the legal bases ("để bảo đảm …, Sở … đề nghị … thực hiện tốt một số nội dung sau:"); lines are paragraphs.</summary>
    public string Introduction { get; set; } = "";
    public DirectiveSectionStyle SectionStyle { get; set; }
    public List<DirectiveRecipient> Recipients { get; set; } = [];
    public List<DirectiveSection> Sections { get; set; } = [];
    /// <summary>Closing paragraph(s) after the sections; lines are paragraphs.</summary>
    public string Closing { get; set; } = "";
    /// <summary>Contacts and hotlines, one line each; the last line of the letter gets "./.".</summary>
    public string Contacts { get; set; } = "";

    // Signature and distribution
    public SigningAuthority SignAuthority { get; set; }
    public required string AuthorityTitle { get; set; }
    public string? SignerTitle { get; set; }
    public required string SignerName { get; set; }
    public bool IncludeAddressees { get; set; } = true;
    public List<DirectiveDistribution> Distribution { get; set; } = [];
    public required string DraftingUnit { get; set; }
    public string? DrafterCode { get; set; }

    public DateTime? IssuedAt { get; set; }
    public Guid? IssuedById { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: two people editing one draft; the second save gets 409.</summary>
    public Guid Revision { get; set; } = Guid.NewGuid();
}

/// <summary>"Công văn số 56/UBND-VX ngày 15/01/2018 của UBND tỉnh về …" — without the leading "Thực hiện".</summary>
public sealed class DirectiveLegalBasis
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DirectiveId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}

/// <summary>One line under "Kính gửi:": a label ("UBND các xã, phường") and the organisations it stands for.</summary>
public sealed class DirectiveRecipient
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DirectiveId { get; set; }
    public int Order { get; set; }
    public required string Label { get; set; }
    public List<DirectiveRecipientOrganization> Organizations { get; set; } = [];
}

public sealed class DirectiveRecipientOrganization
{
    public Guid RecipientId { get; set; }
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>A section of the body addressed to some recipient lines (none = everyone), with ordered tasks.</summary>
public sealed class DirectiveSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DirectiveId { get; set; }
    public int Order { get; set; }
    public string Heading { get; set; } = "";
    public List<DirectiveSectionRecipient> Recipients { get; set; } = [];
    public List<DirectiveTask> Tasks { get; set; } = [];
}

public sealed class DirectiveSectionRecipient
{
    public Guid SectionId { get; set; }
    public Guid RecipientId { get; set; }
}

/// <summary>A task. "{hạn}" in the text prints the due date (dd/MM/yyyy), so a template's deadline moves with the calendar.</summary>
public sealed class DirectiveTask
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SectionId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public bool ReportRequired { get; set; }
    public DateOnly? DueDate { get; set; }
}

/// <summary>A "Nơi nhận" line other than "Như trên" and "Lưu": "UBND tỉnh" with purpose "b/c".</summary>
public sealed class DirectiveDistribution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DirectiveId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public string? Purpose { get; set; }
}
