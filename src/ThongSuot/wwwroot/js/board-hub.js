// The incidents hub connection shared by the board and the incident page. It never gives up (0, 2, 5, 10 s, then every
// 30 s, also after onclose), shows a Vietnamese banner while down, and asks the page to reload its state after every
// (re)connect, because messages sent while offline are not replayed.
(function () {
    'use strict';

    var delays = [0, 2000, 5000, 10000];
    function delay(attempt) { return attempt < delays.length ? delays[attempt] : 30000; }

    function connect(options) {
        var banner = options.banner;
        var texts = options.texts || {};
        var down = false;
        var hideTimer = null;
        var connection = new signalR.HubConnectionBuilder()
            .withUrl('/hubs/incidents')
            .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function (ctx) { return delay(ctx.previousRetryCount); } })
            .configureLogging(signalR.LogLevel.None)
            .build();

        function show(online) {
            if (!banner) return;
            clearTimeout(hideTimer);
            banner.classList.remove('d-none', 'alert-warning', 'alert-success');
            banner.classList.add(online ? 'alert-success' : 'alert-warning');
            banner.textContent = online ? texts.online : texts.offline;
            if (online) hideTimer = setTimeout(function () { banner.classList.add('d-none'); }, 5000);
        }
        function lost() { if (!down) { down = true; } show(false); }
        function back() {
            if (down) { down = false; show(true); }
            if (options.onConnected) options.onConnected();
        }

        connection.on('incidentChanged', function (row) { options.onChange(row); });
        // The viewer's organisation may no longer see the incident ({ id, revision }); pages without onRemove ignore it.
        connection.on('incidentRemoved', function (removal) { if (options.onRemove) options.onRemove(removal); });
        connection.onreconnecting(lost);
        connection.onreconnected(back);
        connection.onclose(function () { lost(); start(1); });

        function start(attempt) {
            setTimeout(function () {
                // onclose and a failed start may both schedule a retry: only one may start the connection.
                if (connection.state !== signalR.HubConnectionState.Disconnected) return;
                connection.start().then(back, function () { lost(); start(attempt + 1); });
            }, attempt === 0 ? 0 : delay(attempt));
        }
        start(0);
        window.ThongSuotHub.connection = connection;
        return connection;
    }

    window.ThongSuotHub = { connect: connect, connection: null };
})();
