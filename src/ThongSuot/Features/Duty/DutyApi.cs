using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

public static class DutyApi
{
    public static RouteGroupBuilder MapDutyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/duty").WithTags("Duty").RequireAuthorization();
        group.MapGet("/now", Now);
        group.MapGet("/directory", Directory);
        group.MapGet("/gaps", Gaps);
        group.MapGet("/coverage", Coverage);
        group.MapGet("/requirements", Requirements);
        group.MapPost("/requirements", AddRequirement).Accepts<RequirementRequest>("application/json");
        group.MapDelete("/requirements/{id:guid}", DeleteRequirement);
        group.MapGet("/shifts", List);
        group.MapGet("/shifts/{id:guid}", Get);
        group.MapPost("/shifts", Create).Accepts<ShiftRequest>("application/json");
        group.MapPut("/shifts/{id:guid}", Update).Accepts<ShiftRequest>("application/json");
        group.MapDelete("/shifts/{id:guid}", Delete);
        group.MapPost("/shifts/{id:guid}/swap", Swap).Accepts<SwapRequest>("application/json");
        group.MapPost("/shifts/pattern", Pattern).Accepts<PatternRequest>("application/json");
        group.MapGet("/log", Log);
        group.MapPost("/log", AddLog).Accepts<LogRequest>("application/json");
        group.MapPost("/log/{id:guid}/acknowledge", Acknowledge);
        group.MapGet("/organizations/{id:guid}/roster.ics", Ics);
        group.MapGet("/organizations/{id:guid}/roster.xlsx", Xlsx);
        group.MapPost("/feeds", CreateFeed).Accepts<FeedRequest>("application/json");
        group.MapGet("/feeds", ListFeeds);
        group.MapPost("/feeds/{id:guid}/revoke", RevokeFeed);
        // A calendar app cannot sign in: the secret in the URL is the credential.
        group.MapGet("/feeds/{token}.ics", Feed).AllowAnonymous();
        return group;
    }

    private static async Task<Results<Ok<NowDto>, ValidationProblem, ProblemHttpResult>> Now(string? areaId, string? kind, DutyBoard board, CancellationToken ct)
    {
        if (!TryGuid(areaId, out var area)) return ServiceError.Invalid("areaId", "Mã địa bàn không hợp lệ.").ToValidationProblem();
        return (await board.NowAsync(area, kind, ct)).ToHttp();
    }

    private static async Task<Results<Ok<IReadOnlyList<DirectoryEntryDto>>, ValidationProblem, ProblemHttpResult>> Directory(string? q, DutyDirectory directory, CancellationToken ct) =>
        (await directory.SearchAsync(q, ct)).ToHttp();

    private static async Task<Results<Ok<IReadOnlyList<GapDto>>, ValidationProblem, ProblemHttpResult>> Gaps(string? hours, CoverageService coverage, CancellationToken ct)
    {
        var h = 48;
        if (!string.IsNullOrWhiteSpace(hours) && !int.TryParse(hours, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out h))
            return ServiceError.Invalid("hours", "Số giờ phải là số.").ToValidationProblem();
        return (await coverage.GapsAsync(h, ct)).ToHttp();
    }

    private static async Task<Results<Ok<OrgCoverageDto>, ValidationProblem, ProblemHttpResult>> Coverage(string? campaignId, string? organizationId, CoverageService coverage, CancellationToken ct)
    {
        if (!TryGuid(campaignId, out var c) || c is null) return ServiceError.Invalid("campaignId", "Mã chiến dịch không hợp lệ.").ToValidationProblem();
        if (!TryGuid(organizationId, out var o) || o is null) return ServiceError.Invalid("organizationId", "Mã tổ chức không hợp lệ.").ToValidationProblem();
        return (await coverage.ForOrganizationAsync(c.Value, o.Value, ct)).ToHttp();
    }

    private static async Task<Results<Ok<IReadOnlyList<RequirementDto>>, ValidationProblem, ProblemHttpResult>> Requirements(string? campaignId, CoverageRequirements requirements, CancellationToken ct)
    {
        if (!TryGuid(campaignId, out var c) || c is null) return ServiceError.Invalid("campaignId", "Mã chiến dịch không hợp lệ.").ToValidationProblem();
        return (await requirements.ListAsync(c.Value, ct)).ToHttp();
    }

    private static async Task<Results<Created<RequirementDto>, ValidationProblem, ProblemHttpResult>> AddRequirement(HttpRequest request, CoverageRequirements requirements, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RequirementRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await requirements.AddAsync(body.Value!, ct)).ToCreated(r => $"/api/v1/duty/requirements?campaignId={r.CampaignId}");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteRequirement(Guid id, CoverageRequirements requirements, CancellationToken ct) =>
        (await requirements.DeleteAsync(id, ct)).ToNoContent();

    private static async Task<Results<Ok<IReadOnlyList<ShiftDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? organizationId, string? campaignId, string? from, string? to, DutyService duty, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!TryGuid(organizationId, out var o)) errors.Add("organizationId", "Mã tổ chức không hợp lệ.");
        if (!TryGuid(campaignId, out var c)) errors.Add("campaignId", "Mã chiến dịch không hợp lệ.");
        if (!TryInstant(from, out var f)) errors.Add("from", "Thời điểm không hợp lệ.");
        if (!TryInstant(to, out var t)) errors.Add("to", "Thời điểm không hợp lệ.");
        if (errors.Any) return errors.ToError().ToValidationProblem();
        return (await duty.ListAsync(new ShiftQuery(o, c, f, t), ct)).ToHttp();
    }

    private static async Task<Results<Ok<ShiftDto>, ValidationProblem, ProblemHttpResult>> Get(Guid id, DutyService duty, CancellationToken ct) =>
        (await duty.GetAsync(id, ct)).ToHttp();

    private static async Task<Results<Created<ShiftDto>, ValidationProblem, ProblemHttpResult>> Create(HttpRequest request, DutyService duty, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ShiftRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await duty.CreateAsync(body.Value!, ct)).ToCreated(s => $"/api/v1/duty/shifts/{s.Id}");
    }

    private static async Task<Results<Ok<ShiftDto>, ValidationProblem, ProblemHttpResult>> Update(Guid id, HttpRequest request, DutyService duty, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ShiftRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await duty.UpdateAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(Guid id, DutyService duty, CancellationToken ct) =>
        (await duty.DeleteAsync(id, ct)).ToNoContent();

    private static async Task<Results<Ok<ShiftDto>, ValidationProblem, ProblemHttpResult>> Swap(Guid id, HttpRequest request, DutyService duty, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SwapRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await duty.SwapAsync(id, body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<Ok<PatternResult>, ValidationProblem, ProblemHttpResult>> Pattern(HttpRequest request, DutyService duty, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PatternRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await duty.ApplyPatternAsync(body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<Ok<IReadOnlyList<LogEntryDto>>, ValidationProblem, ProblemHttpResult>> Log(string? organizationId, string? day, DutyLogService log, TimeProvider clock, CancellationToken ct)
    {
        if (!TryGuid(organizationId, out var o) || o is null) return ServiceError.Invalid("organizationId", "Mã tổ chức không hợp lệ.").ToValidationProblem();
        var d = TimeDisplay.Today(clock);
        if (!string.IsNullOrWhiteSpace(day) && !DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out d))
            return ServiceError.Invalid("day", "Ngày phải có dạng yyyy-MM-dd.").ToValidationProblem();
        return (await log.DayAsync(o.Value, d, ct)).ToHttp();
    }

    private static async Task<Results<Created<LogEntryDto>, ValidationProblem, ProblemHttpResult>> AddLog(HttpRequest request, DutyLogService log, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<LogRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await log.AddAsync(body.Value!, ct)).ToCreated(e => $"/api/v1/duty/log?organizationId={e.OrganizationId}");
    }

    private static async Task<Results<Ok<LogEntryDto>, ValidationProblem, ProblemHttpResult>> Acknowledge(Guid id, DutyLogService log, CancellationToken ct) =>
        (await log.AcknowledgeAsync(id, ct)).ToHttp();

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> Ics(Guid id, string? personId, DutyFeeds feeds, CancellationToken ct)
    {
        if (!TryGuid(personId, out var p)) return ServiceError.Invalid("personId", "Mã người trực không hợp lệ.").ToValidationProblem();
        var text = await feeds.CalendarAsync(id, p, ct);
        return text is null ? TypedResults.NotFound() : Calendar(text);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> Xlsx(Guid id, string? campaignId, DutyService duty, CancellationToken ct)
    {
        if (!TryGuid(campaignId, out var c)) return ServiceError.Invalid("campaignId", "Mã chiến dịch không hợp lệ.").ToValidationProblem();
        var shifts = await duty.ListAsync(new ShiftQuery(id, c), ct);
        if (shifts.Value is not { } rows) return TypedResults.NotFound();
        var title = rows.Count > 0 ? $"Lịch trực {rows[0].OrganizationName}" : "Lịch trực";
        return TypedResults.File(RosterXlsx.Write(title, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"lich-truc-{id:N}.xlsx");
    }

    private static async Task<Results<Created<FeedDto>, ValidationProblem, ProblemHttpResult>> CreateFeed(HttpRequest request, DutyFeeds feeds, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<FeedRequest>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await feeds.CreateAsync(body.Value!, $"{request.Scheme}://{request.Host}", ct)).ToCreated(f => f.Url);
    }

    private static async Task<Results<Ok<IReadOnlyList<FeedInfoDto>>, ValidationProblem, ProblemHttpResult>> ListFeeds(string? organizationId, DutyFeeds feeds, CancellationToken ct)
    {
        if (!TryGuid(organizationId, out var o) || o is null) return ServiceError.Invalid("organizationId", "Mã tổ chức không hợp lệ.").ToValidationProblem();
        return (await feeds.ListAsync(o.Value, ct)).ToHttp();
    }

    private static async Task<Results<Ok<FeedInfoDto>, ValidationProblem, ProblemHttpResult>> RevokeFeed(Guid id, DutyFeeds feeds, CancellationToken ct) =>
        (await feeds.RevokeAsync(id, ct)).ToHttp();

    private static async Task<Results<FileContentHttpResult, NotFound>> Feed(string token, DutyFeeds feeds, CancellationToken ct) =>
        await feeds.ByTokenAsync(token, ct) is { } text ? Calendar(text) : TypedResults.NotFound();

    private static FileContentHttpResult Calendar(string text) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "lich-truc.ics");

    internal static bool TryGuid(string? text, out Guid? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Guid.TryParse(text.Trim(), out var g)) return false;
        id = g;
        return true;
    }

    private static bool TryInstant(string? text, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTimeOffset.TryParse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var v)) return false;
        at = v;
        return true;
    }
}
