using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Nodes;

/// <summary>What a person sees with two nodes behind nginx: the live board and the sign-in work whichever node answers.</summary>
[Collection(TwoNodes.Name)]
public sealed class TwoNodeBoardTests(TwoNodeCluster cluster)
{
    [Fact]
    public async Task ABoardServedByOneNodeShowsWithinASecondAnIncidentReportedThroughTheOther()
    {
        await cluster.BothUpAsync();
        // nginx keeps a client's hub requests on one node (hash of its address): ask it which, by a request to the hub.
        using var probe = cluster.Client();
        using var negotiate = await probe.PostAsync("/hubs/incidents/negotiate?negotiateVersion=1", null);
        var boardNode = cluster.At(NginxProxy.Upstream(negotiate));
        var reportNode = cluster.Other(boardNode);

        var cookie = await NodeSignIn.CookieHeaderAsync(boardNode.BaseAddress, "coordinator");
        var rows = Channel.CreateUnbounded<BoardRow>();
        await using var board = new HubConnectionBuilder()
            .WithUrl(new Uri(cluster.Nginx.BaseAddress, IncidentsHub.Path), o =>
            {
                // One request, the WebSocket upgrade, through nginx.
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.Headers["Cookie"] = cookie;
            })
            .Build();
        board.On<BoardRow>(IncidentsHub.ChangedMessage, row => rows.Writer.TryWrite(row));
        await board.StartAsync();
        // The hub answers calls only once the connection is in its group: a refused call means the board now hears it.
        await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync("ready"));

        using var system = cluster.Client(reportNode);
        system.DefaultRequestHeaders.Add("X-Api-Key", await cluster.ApiKeyAsync("VIETTEL"));
        // A node's first report also compiles its code and queries (seconds on this machine): measure a node in service.
        await ReportAndReceiveAsync(system, rows, "Báo khởi động qua nút khác");
        var watch = Stopwatch.StartNew();
        var row = await ReportAndReceiveAsync(system, rows, "Mất sóng báo qua nút khác");
        var latency = watch.Elapsed;
        Assert.Equal("Mất sóng báo qua nút khác", row.Title);
        Assert.True(latency < TimeSpan.FromSeconds(1), $"The board on {boardNode.Name} showed the incident reported through {reportNode.Name} after {latency.TotalMilliseconds:0} ms.");

        async Task<BoardRow> ReportAndReceiveAsync(HttpClient reporter, Channel<BoardRow> board, string title)
        {
            using var response = await reporter.PostAsync("/api/v1/incidents", NodeIncidents.Json(title));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                while (true)
                    if (await board.Reader.ReadAsync(bound.Token) is { } pushed && pushed.Id == id) return pushed;
            }
            catch (OperationCanceledException) when (bound.IsCancellationRequested)
            {
                throw new TimeoutException($"The board on {boardNode.Name} never showed the incident reported through {reportNode.Name} " +
                    "(another node's pushes reach it through the Redis backplane, ConnectionStrings:Redis).");
            }
        }
    }

    [Fact]
    public async Task TheSignInCookieFromOneNodeKeepsWorkingWhenNginxSendsTheNextRequestToTheOther()
    {
        await cluster.BothUpAsync();
        var cookies = new CookieContainer();
        using var browser = cluster.Client(handler: new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });
        using var signIn = await SignIn.PostLoginAsync(browser, "coordinator", AppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // nginx takes turns between the nodes: a few requests reach both.
        var servedBy = new List<string>();
        for (var i = 0; i < 6 && servedBy.Distinct().Count() < 2; i++)
        {
            using var page = await browser.GetAsync("/");
            var node = cluster.At(NginxProxy.Upstream(page)).Name;
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{node} answered {(int)page.StatusCode} {page.Headers.Location} to the signed-in cookie.");
            var user = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("[data-testid=current-user]");
            Assert.NotNull(user);
            Assert.StartsWith("coordinator ·", user.TextContent.Trim());
            servedBy.Add(node);
        }
        Assert.Equal(["node-a", "node-b"], servedBy.Distinct().Order());
    }
}
