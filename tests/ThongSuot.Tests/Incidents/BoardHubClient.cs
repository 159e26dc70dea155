using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Incidents;

/// <summary>What a board received: an "incidentChanged" row, or an "incidentRemoved" (then <see cref="Row"/> is null).</summary>
internal sealed record BoardPush(string Method, Guid Id, int Revision, BoardRow? Row)
{
    public bool IsRow => Method == IncidentsHub.ChangedMessage;
    public override string ToString() => $"{Method} {Id} r{Revision}";
}

/// <summary>
/// A live board as a browser holds one: the real SignalR .NET client on /hubs/incidents of the test server (long polling),
/// signed in through the sign-in form, its cookie sent with every request; it keeps every push it receives, in order.
/// </summary>
internal sealed class BoardHubClient : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private readonly HubConnection connection;
    private readonly Channel<BoardPush> pushes = Channel.CreateUnbounded<BoardPush>();

    private BoardHubClient(HubConnection connection)
    {
        this.connection = connection;
        connection.On<BoardRow>(IncidentsHub.ChangedMessage, row => pushes.Writer.TryWrite(new(IncidentsHub.ChangedMessage, row.Id, row.Revision, row)));
        connection.On<BoardRemoval>(IncidentsHub.RemovedMessage, gone => pushes.Writer.TryWrite(new(IncidentsHub.RemovedMessage, gone.Id, gone.Revision, null)));
    }

    public static async Task<BoardHubClient> ConnectAsync(AppFactory app, string userName, string password = AppFactory.DemoPassword)
    {
        var cookies = new CookieContainer();
        using (var http = app.CreateDefaultClient(new CookieContainerHandler(cookies)))
            await SignIn.AsAsync(http, userName, password);
        var board = new BoardHubClient(Connection(app, cookies.GetCookieHeader(app.Server.BaseAddress)));
        await board.connection.StartAsync();
        // The hub puts a connection in its group after the handshake, and answers calls only after that: so the answer to
        // a call (to a method this listen-only hub does not have) tells that the board now hears its group.
        await Assert.ThrowsAsync<HubException>(() => board.connection.InvokeAsync("ready"));
        return board;
    }

    /// <summary>A connection to the hub without a sign-in.</summary>
    public static HubConnection Anonymous(AppFactory app) => Connection(app, cookie: null);

    private static HubConnection Connection(AppFactory app, string? cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.Server.BaseAddress, IncidentsHub.Path), o =>
        {
            o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            if (!string.IsNullOrEmpty(cookie)) o.Headers["Cookie"] = cookie;
        })
        .Build();

    /// <summary>
    /// The pushes received until (and with) the first that matches <paramref name="last"/>, waiting for it at most 15 s.
    /// A board receives pushes in the order the changes committed, so what has not come before a later push never comes.
    /// </summary>
    public async Task<List<BoardPush>> ReceiveUntilAsync(Func<BoardPush, bool> last)
    {
        var received = new List<BoardPush>();
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            while (true)
            {
                var push = await pushes.Reader.ReadAsync(timeout.Token);
                received.Add(push);
                if (last(push)) return received;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The awaited push did not come within {Bound.TotalSeconds} s; the board received: [{string.Join(", ", received)}]");
        }
    }

    /// <summary>The pushes received until the row of the incident (at that revision, if given) arrives.</summary>
    public Task<List<BoardPush>> ReceiveRowAsync(Guid id, int? revision = null) =>
        ReceiveUntilAsync(p => p.IsRow && p.Id == id && (revision is null || p.Revision == revision));

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
