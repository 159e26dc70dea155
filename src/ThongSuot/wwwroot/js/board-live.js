// Live status on /Incidents/Details/{id} (partial BoardLiveStatus): on a hub message for this incident, and after every
// reconnect, read the incident again and show its current status without reloading the page.
(function () {
    'use strict';

    var host = document.getElementById('incident-live');
    if (!host || !window.ThongSuotHub) return;
    var id = host.dataset.incidentId;
    var revision = parseInt(host.dataset.revision, 10) || 0;
    var statuses = JSON.parse(host.dataset.statuses || '{}');
    var texts = JSON.parse(host.dataset.texts || '{}');
    var badge = document.querySelector('[data-testid="incident-status"]');
    var notice = document.getElementById('incident-live-changed');

    function refresh() {
        fetch('/api/v1/incidents/' + id, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (incident) {
                if (!incident || incident.revision <= revision) return;
                revision = incident.revision;
                var name = statuses[incident.status] || incident.statusName;
                if (badge) badge.textContent = name;
                notice.replaceChildren(document.createTextNode(texts.changed.replace('{0}', name) + ' '));
                var link = document.createElement('a');
                link.href = window.location.pathname;
                link.textContent = texts.reload;
                notice.appendChild(link);
                notice.classList.remove('d-none');
            }, function () { });
    }

    window.ThongSuotHub.connect({
        banner: document.getElementById('incident-live-banner'),
        texts: texts,
        onChange: function (row) { if (row.id === id && row.revision > revision) refresh(); },
        onConnected: refresh,
    });
})();
