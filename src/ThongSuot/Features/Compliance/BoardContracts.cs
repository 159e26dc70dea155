using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>The board of one directive or of a whole campaign, with optional filters on the rows.</summary>
public sealed record BoardQuery(Guid? DirectiveId, Guid? CampaignId, ComplianceState? State = null, OrganizationKind? Kind = null, Guid? AreaId = null)
{
    /// <summary>Reads the query string as sent (text), so "abc" is a field error naming the parameter.</summary>
    public static BoardQuery? Parse(string? directiveId, string? campaignId, string? state, string? kind, string? areaId, FieldErrors errors)
    {
        var directive = Id(errors, "directiveId", directiveId);
        var campaign = Id(errors, "campaignId", campaignId);
        if (directive is null && campaign is null && !errors.Any) errors.Add("directiveId", "Chọn một công văn (directiveId) hoặc một chiến dịch (campaignId).");
        if (directive is not null && campaign is not null) errors.Add("campaignId", "Chỉ chọn một trong hai: công văn hoặc chiến dịch.");
        var s = Named<ComplianceState>(errors, "state", state, "Trạng thái không hợp lệ.");
        var k = Named<OrganizationKind>(errors, "kind", kind, "Loại tổ chức không hợp lệ.");
        var area = Id(errors, "areaId", areaId);
        return errors.Any ? null : new BoardQuery(directive, campaign, s, k, area);
    }

    private static Guid? Id(FieldErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Guid.TryParse(text.Trim(), out var id) && id != Guid.Empty) return id;
        errors.Add(field, "Mã không hợp lệ.");
        return null;
    }

    private static T? Named<T>(FieldErrors errors, string field, string? text, string message) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (!char.IsAsciiDigit(t[0]) && t[0] != '-' && Enum.TryParse<T>(t, true, out var v) && Enum.IsDefined(v)) return v;
        errors.Add(field, message);
        return null;
    }
}

public sealed record BoardDto(
    string Scope, Guid ScopeId, string Title, string FileStem, DateOnly Today,
    IReadOnlyList<BoardTaskDto> Tasks, IReadOnlyList<BoardRowDto> Rows,
    IReadOnlyList<BoardRateDto> TaskRates, BoardRateDto Overall, IReadOnlyList<BoardSumDto> Sums);

/// <summary>A report-required task: a column of the board. <see cref="Title"/> is its column header in the exports.</summary>
public sealed record BoardTaskDto(Guid TaskId, Guid DirectiveId, string? LetterNumber, int Ordinal, string Text, DateOnly DueDate, string Title);

/// <summary>A recipient organisation; <see cref="Cells"/> line up with the board's tasks (null: the task is not addressed to it).</summary>
public sealed record BoardRowDto(Guid OrganizationId, string OrganizationName, string ShortName, OrganizationKind Kind, IReadOnlyList<BoardCellDto?> Cells);

public sealed record BoardCellDto(Guid AssignmentId, ComplianceState State, string StateName, DateOnly DueDate, int? LatestVersion, DateTime? LatestAt);

/// <summary>
/// Counts over assigned cells: acknowledged or beyond (acknowledged, reported, returned, accepted), reported or beyond
/// (a report waiting for review or accepted; a returned one is not), accepted, and overdue now. Percentages of assigned, one decimal.
/// </summary>
public sealed record BoardRateDto(Guid? TaskId, int Assigned, int Acknowledged, int Reported, int Accepted, int Overdue,
    decimal AcknowledgedPercent, decimal ReportedPercent, decimal AcceptedPercent);

/// <summary>The province-wide sum of one summable field; <see cref="Breakdown"/> per key site or area for repeat fields.</summary>
public sealed record BoardSumDto(Guid FormId, string FormName, string Key, string Label, string? Unit, ReadinessFieldRepeat Repeat,
    decimal Total, int Reports, IReadOnlyList<BoardSumPartDto> Breakdown);

public sealed record BoardSumPartDto(Guid Id, string Name, decimal Value);
