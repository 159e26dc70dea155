using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Tests.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Platform;

/// <summary>Two nodes behind one address: live boards through the Redis backplane, one key ring in the database.</summary>
public sealed class ScaleOutTests(TwoNodesAppFactory nodeA) : IClassFixture<TwoNodesAppFactory>
{
    private AppFactory NodeB => nodeA.NodeB;

    [Fact]
    public async Task ABoardOnNodeBReceivesTheIncidentReportedThroughNodeA()
    {
        await using var board = await BoardHubClient.ConnectAsync(NodeB, "coordinator");

        var incident = await CreateAsync(await nodeA.SignedInAsync("viettel"), Body("Đứt cáp báo qua nút A"));

        var pushes = await board.ReceiveRowAsync(incident.Id(), 1);
        Assert.Equal(incident.GetProperty("number").GetString(), pushes[^1].Row!.Number);
    }

    [Fact]
    public async Task ACookieAndAntiforgeryTokenIssuedByNodeAAreAcceptedByNodeB()
    {
        var cookies = new CookieContainer();
        var onA = await SignIn.AsAsync(nodeA.CreateDefaultClient(new CookieContainerHandler(cookies)), "viettel", AppFactory.DemoPassword);
        using var onB = NodeB.CreateDefaultClient(new CookieContainerHandler(cookies));
        onB.DefaultRequestHeaders.Add(SignIn.AntiforgeryHeader, onA.DefaultRequestHeaders.GetValues(SignIn.AntiforgeryHeader).Single());

        var board = await onB.GetAsync("/api/v1/incidents/board");
        var created = await onB.PostAsJsonAsync("/api/v1/incidents", Body("Báo qua nút B bằng phiên của nút A"));

        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // Both nodes use the one key the demo database was created with.
        Assert.Equal(1, await nodeA.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task BothNodesAreReadyWithRedisUp()
    {
        foreach (var node in new[] { nodeA, NodeB })
        {
            var ready = await node.Anonymous().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        }
    }
}
