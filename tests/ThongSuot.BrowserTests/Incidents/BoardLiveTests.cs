using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThongSuot.BrowserTests.Infrastructure;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;

namespace ThongSuot.BrowserTests.Incidents;

/// <summary>
/// Viettel's network system reports through the API; the coordinator's board shows it without a reload and acknowledges it;
/// the Viettel member's open incident page shows the new status without a reload; VNPT's board never shows it.
/// </summary>
public sealed class BoardLiveTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly LocatorAssertionsToBeVisibleOptions WithinFive = new() { Timeout = 5_000 };

    [Fact]
    public async Task AnIncidentFromTheApiReachesTheBoardAndItsAcknowledgementReachesTheOperatorsPage()
    {
        var board = await app.NewPageAsync("coordinator");
        await OpenBoardAsync(board);
        var vnptBoard = await app.NewPageAsync("vnpt");
        await OpenBoardAsync(vnptBoard);
        var viettel = await app.NewPageAsync("viettel");
        using var system = await OperatorSystemAsync("VIETTEL");

        var incident = await ReportAsync(system, "Đứt cáp quang tuyến Đông Hà – Cam Lộ (thử trực tiếp)");
        var number = incident.GetProperty("number").GetString()!;
        var row = board.GetByTestId("board-row").Filter(new() { HasText = number });
        await Assertions.Expect(row).ToBeVisibleAsync(WithinFive);
        await Assertions.Expect(row.GetByTestId("board-status")).ToHaveTextAsync("Mới báo");

        await viettel.GotoAsync($"/Incidents/Details/{incident.GetProperty("id").GetGuid()}");
        await Assertions.Expect(viettel.GetByTestId("incident-status")).ToHaveTextAsync("Mới báo");
        await WaitConnectedAsync(viettel);
        await viettel.EvaluateAsync("() => { window.notReloaded = true; }");

        await row.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận " + number }).ClickAsync();
        await Assertions.Expect(board.GetByTestId("board-message")).ToContainTextAsync($"Đã tiếp nhận sự cố {number}.");
        await Assertions.Expect(row.GetByTestId("board-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await Assertions.Expect(viettel.GetByTestId("incident-status")).ToHaveTextAsync("Đã tiếp nhận", new() { Timeout = 5_000 });
        await Assertions.Expect(viettel.GetByTestId("incident-live-changed")).ToContainTextAsync("Sự cố vừa được cập nhật: Đã tiếp nhận.");
        Assert.True(await viettel.EvaluateAsync<bool>("() => window.notReloaded === true"));

        // "Never shows it" needs a positive signal: VNPT's own later report reaches VNPT's board, so Viettel's earlier
        // one would be there by now had it been sent to VNPT.
        using var vnptSystem = await OperatorSystemAsync("VNPT");
        var later = (await ReportAsync(vnptSystem, "Mất sóng trạm VNPT sau sự cố của Viettel")).GetProperty("number").GetString()!;
        await Assertions.Expect(vnptBoard.GetByTestId("board-row").Filter(new() { HasText = later })).ToBeVisibleAsync(WithinFive);
        await Assertions.Expect(vnptBoard.GetByTestId("board-row").Filter(new() { HasText = number })).ToHaveCountAsync(0);
        var violations = await Axe.SeriousViolationsAsync(board);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        foreach (var page in new[] { board, vnptBoard, viettel }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheBoardCatchesUpOnWhatWasReportedWhileItsConnectionWasDown()
    {
        var board = await app.NewPageAsync("coordinator");
        await OpenBoardAsync(board);
        var witness = await app.NewPageAsync("coordinator");
        await OpenBoardAsync(witness);
        using var system = await OperatorSystemAsync("VIETTEL");

        await board.Context.SetOfflineAsync(true);
        await board.EvaluateAsync("() => window.ThongSuotHub.connection.stop()");
        await Assertions.Expect(board.GetByTestId("board-connection")).ToHaveTextAsync("Mất kết nối — đang kết nối lại…");
        var incident = await ReportAsync(system, "Mất điện trạm BTS khi bảng mất mạng");
        var number = incident.GetProperty("number").GetString()!;
        // A positive signal instead of a pause: once the same role's connected board shows the row, the server has
        // pushed it, so the board that is down would have it by now if anything but the catch-up could bring it.
        await Assertions.Expect(witness.GetByTestId("board-row").Filter(new() { HasText = number })).ToBeVisibleAsync(WithinFive);
        await Assertions.Expect(board.GetByTestId("board-row").Filter(new() { HasText = number })).ToHaveCountAsync(0);

        await board.Context.SetOfflineAsync(false);
        await Assertions.Expect(board.GetByTestId("board-row").Filter(new() { HasText = number })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(board.GetByTestId("board-connection")).ToHaveTextAsync("Đã kết nối lại");
        foreach (var page in new[] { board, witness }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrganisationTakenOffAnIncidentLosesTheRowAndACancelledIncidentLeavesEveryBoard()
    {
        var board = await app.NewPageAsync("coordinator");
        await OpenBoardAsync(board);
        var vnptBoard = await app.NewPageAsync("vnpt");
        await OpenBoardAsync(vnptBoard);
        await vnptBoard.EvaluateAsync("() => { window.notReloaded = true; }");
        using var system = await OperatorSystemAsync("VIETTEL");
        using var department = await OperatorSystemAsync("SKHCN", Roles.Coordinator);
        var vnpt = await OrganizationIdAsync("VNPT");

        var incident = await ReportAsync(system, "Mất sóng di động thử giao rồi bỏ giao");
        var (id, number) = (incident.GetProperty("id").GetGuid(), incident.GetProperty("number").GetString()!);
        var vnptRow = vnptBoard.GetByTestId("board-row").Filter(new() { HasText = number });
        var row = board.GetByTestId("board-row").Filter(new() { HasText = number });
        var revision = await PostAsync(department, $"/api/v1/incidents/{id}/assign", new { organizationIds = new[] { vnpt }, revision = incident.GetProperty("revision").GetInt32() });
        await Assertions.Expect(vnptRow).ToBeVisibleAsync(WithinFive);

        revision = await PostAsync(department, $"/api/v1/incidents/{id}/assign", new { organizationIds = Array.Empty<Guid>(), revision });
        await Assertions.Expect(vnptRow).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        Assert.True(await vnptBoard.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await Assertions.Expect(row).ToBeVisibleAsync(WithinFive);

        await PostAsync(system, $"/api/v1/incidents/{id}/status", new { status = "Cancelled", revision });
        await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        foreach (var page in new[] { board, vnptBoard }) await page.Context.CloseAsync();
    }

    private static async Task<int> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32();
    }

    private async Task<Guid> OrganizationIdAsync(string shortName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).FirstAsync();
    }

    private static async Task OpenBoardAsync(IPage page)
    {
        await page.GotoAsync("/Incidents");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng điều hành" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng điều hành sự cố", Level = 1 })).ToBeVisibleAsync();
        await WaitConnectedAsync(page);
    }

    private static Task WaitConnectedAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.ThongSuotHub && window.ThongSuotHub.connection && window.ThongSuotHub.connection.state === 'Connected'");

    private async Task<HttpClient> OperatorSystemAsync(string org, string role = Roles.Member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orgId = await db.Set<Organization>().Where(o => o.ShortName == org).Select(o => o.Id).FirstAsync();
        var created = await ApiKeysService.IssueAsync(db, TimeProvider.System, "Hệ thống NOC " + Guid.NewGuid().ToString("N")[..6], orgId, null, role, null, default);
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", created.Key);
        return client;
    }

    private static async Task<JsonElement> ReportAsync(HttpClient system, string title)
    {
        var response = await system.PostAsJsonAsync("/api/v1/incidents", new
        {
            type = "CableCut", severity = 1, title, services = new[] { "MobileData" }, latitude = 16.82, longitude = 107.05,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
