using Microsoft.AspNetCore.Http.HttpResults;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

public sealed record ReadAllResult(int Marked);

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("/", List);
        group.MapPost("/{id:guid}/read", MarkRead);
        group.MapPost("/read-all", MarkAllRead);
        group.MapGet("/preferences", GetPreferences);
        group.MapPut("/preferences/mine", SetMine).Accepts<List<PreferenceDto>>("application/json");
        group.MapPut("/preferences/organizations/{organizationId:guid}", SetOrganization).Accepts<List<PreferenceDto>>("application/json");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<NotificationDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? unread, InboxService inbox, CancellationToken ct)
    {
        bool unreadOnly = false;
        if (!string.IsNullOrWhiteSpace(unread) && !bool.TryParse(unread.Trim(), out unreadOnly))
            return ServiceError.Invalid("unread", "Giá trị phải là true hoặc false.").ToValidationProblem();
        return (await inbox.ListAsync(unreadOnly, 200, ct)).ToHttp();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MarkRead(Guid id, InboxService inbox, CancellationToken ct) =>
        (await inbox.MarkReadAsync(id, ct)).ToNoContent();

    private static async Task<Results<Ok<ReadAllResult>, ValidationProblem, ProblemHttpResult>> MarkAllRead(InboxService inbox, CancellationToken ct)
    {
        var result = await inbox.MarkAllReadAsync(ct);
        return result.Error is { } e ? new ServiceResult<ReadAllResult>(null, e).ToHttp() : TypedResults.Ok(new ReadAllResult(result.Value));
    }

    private static async Task<Results<Ok<PreferencesDto>, ValidationProblem, ProblemHttpResult>> GetPreferences(
        string? organizationId, PreferencesService preferences, CancellationToken ct)
    {
        Guid? orgId = null;
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            if (!Guid.TryParse(organizationId, out var g)) return ServiceError.Invalid("organizationId", "Mã tổ chức không hợp lệ.").ToValidationProblem();
            orgId = g;
        }
        return (await preferences.GetAsync(orgId, ct)).ToHttp();
    }

    private static async Task<Results<Ok<PreferencesDto>, ValidationProblem, ProblemHttpResult>> SetMine(
        HttpRequest request, PreferencesService preferences, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<List<PreferenceDto>>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await preferences.SetMineAsync(body.Value!, ct)).ToHttp();
    }

    private static async Task<Results<Ok<PreferencesDto>, ValidationProblem, ProblemHttpResult>> SetOrganization(
        Guid organizationId, HttpRequest request, PreferencesService preferences, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<List<PreferenceDto>>(request, ct);
        if (body.Error is { } error) return error.ToValidationProblem();
        return (await preferences.SetOrganizationAsync(organizationId, body.Value!, ct)).ToHttp();
    }
}
