using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Duty;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

/// <summary>A secret calendar URL can be withdrawn: listed for those who may create it, revoked, then 404 like an unknown one.</summary>
public abstract class DutyFeedRevocationTests(AppFactory app)
{
    [Fact]
    public async Task ARevokedFeedAnswers404LikeAnUnknownOneAndTheRevocationIsAudited()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var (feed, path) = await CreateFeedAsync(viettel, ids.Viettel, ids.Cuong);
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);

        var listed = await viettel.GetAsync($"/api/v1/duty/feeds?organizationId={ids.Viettel}");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var text = await listed.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Token(path), text);
        var row = Assert.Single(await ReadAsync<List<FeedInfoDto>>(listed), f => f.Id == feed.Id);
        Assert.Equal(ids.Cuong, row.PersonId);
        Assert.Equal("Lê Văn Cường", row.PersonName);
        Assert.False(string.IsNullOrEmpty(row.CreatedByName));
        Assert.Null(row.RevokedAt);

        var revoked = await viettel.PostAsync($"/api/v1/duty/feeds/{feed.Id}/revoke", null);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var info = await ReadAsync<FeedInfoDto>(revoked);
        Assert.Equal(DutyAppFactory.TetMorning.UtcDateTime, info.RevokedAt);
        Assert.Equal(row.CreatedByName, info.RevokedByName);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.NotNull(Assert.Single(await ReadAsync<List<FeedInfoDto>>(await viettel.GetAsync($"/api/v1/duty/feeds?organizationId={ids.Viettel}")), f => f.Id == feed.Id).RevokedAt);

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.EntityType == nameof(DutyFeed) && a.EntityId == feed.Id.ToString() && a.Action == AuditAction.Update));
        Assert.Equal("viettel", audit.UserName);
        Assert.Equal(ids.Viettel, audit.OrganizationId);
        Assert.Contains("RevokedAt", audit.After);
        Assert.DoesNotContain(Token(path), audit.After);

        // Revoking again changes nothing and writes no second audit row.
        Assert.Equal(HttpStatusCode.OK, (await viettel.PostAsync($"/api/v1/duty/feeds/{feed.Id}/revoke", null)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(DutyFeed) && a.EntityId == feed.Id.ToString() && a.Action == AuditAction.Update)));
    }

    [Fact]
    public async Task AnotherOrganisationsMemberCannotListOrRevokeItsFeeds()
    {
        var ids = await IdsAsync(app);
        var (feed, path) = await CreateFeedAsync(await app.SignedInAsync("viettel"), ids.Viettel, null);

        var vnpt = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/duty/feeds?organizationId={ids.Viettel}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/duty/feeds/{feed.Id}/revoke", null)).StatusCode);
        var page = await vnpt.PostAsync($"/Duty/Roster?handler=RevokeFeed&feedId={feed.Id}&organizationId={ids.Viettel}&campaignId={ids.Campaign}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(vnpt, "/Duty/Roster") }));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("data-testid=\"feeds\"", await vnpt.GetStringAsync($"/Duty/Roster?organizationId={ids.Viettel}&campaignId={ids.Campaign}"));

        Assert.Null(await app.WithDbAsync(db => db.Set<DutyFeed>().Where(f => f.Id == feed.Id).Select(f => f.RevokedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(path)).StatusCode);
        var coordinator = await app.SignedInAsync("coordinator");
        Assert.Contains(await ReadAsync<List<FeedInfoDto>>(await coordinator.GetAsync($"/api/v1/duty/feeds?organizationId={ids.Viettel}")), f => f.Id == feed.Id && f.PersonId == null);
    }

    [Fact]
    public async Task TheRosterPageListsFeedsAndItsRevokeButtonWithdrawsOne()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var (feed, path) = await CreateFeedAsync(viettel, ids.Viettel, ids.Cuong);
        var url = $"/Duty/Roster?organizationId={ids.Viettel}&campaignId={ids.Campaign}";
        var html = WebUtility.HtmlDecode(await viettel.GetStringAsync(url));
        Assert.Contains("data-testid=\"feeds\"", html);
        Assert.Contains($"feedId={feed.Id}", html);
        Assert.Contains("Thu hồi", html);
        Assert.DoesNotContain(Token(path), html);

        var response = await viettel.PostAsync($"/Duty/Roster?handler=RevokeFeed&feedId={feed.Id}&organizationId={ids.Viettel}&campaignId={ids.Campaign}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(viettel, url) }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Set<DutyFeed>().Where(f => f.Id == feed.Id).Select(f => f.RevokedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync(path)).StatusCode);
        Assert.Contains("Đã thu hồi", WebUtility.HtmlDecode(await viettel.GetStringAsync(url)));
    }

    [Fact]
    public async Task BadIdsGive400Or404NeverA500AndChangeNothing()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        await CreateFeedAsync(viettel, ids.Viettel, null);
        var before = await CountsAsync();
        (HttpMethod Method, string Path, HttpStatusCode Expected)[] probes =
        [
            (HttpMethod.Get, "/api/v1/duty/feeds", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/duty/feeds?organizationId=abc", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/duty/feeds?organizationId=%27%20OR%201%3D1%20--", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/duty/feeds?organizationId=" + new string('9', 5000), HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/api/v1/duty/feeds?organizationId={Guid.NewGuid()}", HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/duty/feeds?organizationId={Guid.Empty}", HttpStatusCode.NotFound),
            (HttpMethod.Post, $"/api/v1/duty/feeds/{Guid.NewGuid()}/revoke", HttpStatusCode.NotFound),
            (HttpMethod.Post, $"/api/v1/duty/feeds/{Guid.Empty}/revoke", HttpStatusCode.NotFound),
            (HttpMethod.Post, "/api/v1/duty/feeds/abc/revoke", HttpStatusCode.NotFound),
            (HttpMethod.Post, "/api/v1/duty/feeds/%3Cscript%3E/revoke", HttpStatusCode.NotFound),
            (HttpMethod.Post, "/api/v1/duty/feeds/" + new string('a', 3000) + "/revoke", HttpStatusCode.NotFound),
        ];
        foreach (var (method, path, expected) in probes)
        {
            var response = await viettel.SendAsync(new HttpRequestMessage(method, path));
            Assert.True(response.StatusCode == expected, $"{method} {path[..Math.Min(path.Length, 80)]}: {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/duty/feeds?organizationId={ids.Viettel}")).StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int Feeds, int Revoked, int Audit)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Set<DutyFeed>().CountAsync(), await db.Set<DutyFeed>().CountAsync(f => f.RevokedAt != null), await db.Set<AuditEntry>().CountAsync()));

    private static async Task<(FeedDto Feed, string Path)> CreateFeedAsync(HttpClient client, Guid organizationId, Guid? personId)
    {
        var created = await client.PostAsJsonAsync("/api/v1/duty/feeds", new { organizationId, personId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await ReadAsync<FeedDto>(created);
        return (feed, new Uri(feed.Url).PathAndQuery);
    }

    private static string Token(string path) => path.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);
}

public sealed class SqliteDutyFeedRevocationTests(SqliteDutyAppFactory app) : DutyFeedRevocationTests(app), IClassFixture<SqliteDutyAppFactory>;
