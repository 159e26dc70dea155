using Microsoft.AspNetCore.SignalR;
using ThongSuot.Features.Incidents;

namespace ThongSuot.Tests.Incidents;

/// <summary>A stand-in for the incidents hub that records each send and the groups it went to.</summary>
internal sealed class RecordingHub : IHubContext<IncidentsHub>
{
    public List<(IReadOnlyList<string> Groups, string Method, object?[] Args)> Sent { get; } = [];

    IHubClients IHubContext<IncidentsHub>.Clients => new RecordingClients(this);
    IGroupManager IHubContext<IncidentsHub>.Groups => throw new NotSupportedException();

    private sealed class RecordingClients(RecordingHub hub) : IHubClients
    {
        public IClientProxy Groups(IReadOnlyList<string> groupNames) => new Proxy(hub, groupNames);
        public IClientProxy Group(string groupName) => new Proxy(hub, [groupName]);
        public IClientProxy All => Unexpected();
        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => Unexpected();
        public IClientProxy Client(string connectionId) => Unexpected();
        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => Unexpected();
        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => Unexpected();
        public IClientProxy User(string userId) => Unexpected();
        public IClientProxy Users(IReadOnlyList<string> userIds) => Unexpected();

        // Anything but a group would reach connections regardless of their organisation.
        private static IClientProxy Unexpected() => throw new InvalidOperationException("The board sends to groups only.");
    }

    private sealed class Proxy(RecordingHub hub, IReadOnlyList<string> groups) : IClientProxy
    {
        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            hub.Sent.Add((groups, method, args));
            return Task.CompletedTask;
        }
    }
}
