using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using ThongSuot.Features.Files;

namespace ThongSuot.Features.Compliance;

/// <summary>Inbox filters; <see cref="State"/> is a <see cref="ComplianceState"/> name (Overdue is worked out from the date).</summary>
public sealed record ComplianceQuery(Guid? CampaignId = null, Guid? DirectiveId = null, Guid? OrganizationId = null, string? State = null);

public sealed record AssignmentSummaryDto(
    Guid Id, Guid DirectiveId, string? LetterNumber, string Subject, Guid TaskId, string TaskText, Guid CampaignId,
    Guid OrganizationId, string OrganizationName, DateOnly DueDate, string DueDateText,
    AssignmentStatus Status, ComplianceState State, string StateName, int Versions, Guid Revision);

public sealed record AssignmentDto(
    AssignmentSummaryDto Assignment, string IssuingAgency, DateOnly? IssuedOn, string? IssuedOnText,
    DateTime? AcknowledgedAt, DateTime? SubmittedAt, DateTime? DecidedAt,
    Guid? FormId, string? FormName, IReadOnlyList<ReadinessField> Fields, ReadinessTargets Targets,
    IReadOnlyList<ReportDto> Reports, AssignmentPermissions Permissions)
{
    public Guid Id => Assignment.Id;
    public Guid Revision => Assignment.Revision;
}

public sealed record ReportDto(
    Guid Id, int Version, string Text, JsonElement? Values, Guid? FormRevision, DateTime SubmittedAt, string? SubmittedByName,
    ReportReview Review, string? ReviewComment, DateTime? ReviewedAt, IReadOnlyList<AttachmentDto> Attachments);

public sealed record AttachmentDto(Guid FileId, string FileName, string ContentType, long Size, string Sha256, string Url);

/// <summary>What the caller may do with the assignment now.</summary>
public sealed record AssignmentPermissions(bool Acknowledge, bool Submit, bool Review);

/// <summary>
/// A report as submitted: <see cref="Values"/> are the readiness inputs as typed, keyed "fieldKey" or
/// "fieldKey:targetId" (<see cref="ReadinessValues.InputName"/>).
/// </summary>
public sealed record ReportSubmission(string? Text, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FileUpload> Files, Guid? Revision);

/// <summary>JSON body of POST …/reports without files: values as a JSON object {"fieldKey": value | {"targetId": value}}.</summary>
public sealed record ReportRequest([property: StringLength(20000)] string? Text, JsonElement? Values, Guid? Revision);

public sealed record AcknowledgeRequest(Guid? Revision);

public sealed record ReturnRequest([property: StringLength(4000)] string? Comment, Guid? Revision);

public sealed record AcceptRequest([property: StringLength(4000)] string? Comment, Guid? Revision);

/// <summary>Choices for the inbox filters, from the assignments the caller can see.</summary>
public sealed record ComplianceFilterOptions(
    IReadOnlyList<(Guid Id, string Name)> Campaigns, IReadOnlyList<(Guid Id, string Name)> Directives, IReadOnlyList<(Guid Id, string Name)> Organizations);
