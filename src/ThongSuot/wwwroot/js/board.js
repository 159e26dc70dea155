// The live incident board (/Incidents/Board): rows from GET /api/v1/incidents/board, kept live by board-hub.js.
// Everything is drawn from the rows in memory, so filters, counters and the map change without a request.
// Text from the server (titles, names) only ever goes in as text nodes.
(function () {
    'use strict';

    var texts = JSON.parse(document.getElementById('board-text').textContent);
    var viewer = JSON.parse(document.getElementById('board-viewer').textContent);
    var rowsEl = document.getElementById('board-rows');
    var messageEl = document.getElementById('board-message');
    var announceEl = document.getElementById('board-announce');
    var filterEls = document.querySelectorAll('[data-filter]');
    var rows = {};          // id -> board row
    var fresh = {};         // id -> true while the row should flash
    var loading = null;
    var severityColors = { 1: '#c0392b', 2: '#e67e22', 3: '#f1c40f', 4: '#3498db' };
    var map = null, incidentLayer = null, siteLayer = null;

    function format(template) {
        var args = Array.prototype.slice.call(arguments, 1);
        return template.replace(/\{(\d)\}/g, function (_, i) { return args[+i]; });
    }
    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) e.className = className;
        if (text !== undefined && text !== null) e.textContent = text;
        return e;
    }
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    // dd/MM/yyyy HH:mm in Vietnam (UTC+7, no daylight saving), whatever the browser's zone.
    function vietnamTime(iso) {
        var d = new Date(Date.parse(iso) + 7 * 3600 * 1000);
        return pad(d.getUTCDate()) + '/' + pad(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear() + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
    }
    function age(iso) {
        var minutes = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000));
        if (minutes >= 1440) return format(texts.days, Math.floor(minutes / 1440), Math.floor(minutes % 1440 / 60));
        if (minutes >= 60) return format(texts.hours, Math.floor(minutes / 60), pad(minutes % 60));
        return format(texts.minutes, minutes);
    }
    function statusName(row) { return texts['status.' + row.status] || row.statusName; }

    function canAcknowledge(row) {
        if (row.status !== 'Reported') return false;
        if (viewer.canManage) return true;
        if (!viewer.isMember) return false;
        return row.organizationId === viewer.organizationId || row.organizations.some(function (o) {
            return o.id === viewer.organizationId && o.role === 'Assigned';
        });
    }

    function filters() {
        var f = {};
        filterEls.forEach(function (s) { f[s.dataset.filter] = s.value; });
        return f;
    }
    function matches(row, f) {
        return (!f.severity || String(row.severity) === f.severity)
            && (!f.type || row.typeCode === f.type)
            && (!f.organization || row.organizations.some(function (o) { return o.id === f.organization; }))
            && (!f.area || row.areaId === f.area);
    }
    function ordered() {
        return Object.keys(rows).map(function (k) { return rows[k]; }).sort(function (a, b) {
            return a.severity - b.severity || Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.number < b.number ? -1 : 1);
        });
    }

    // Organisation and area choices are whatever the open incidents name; a chosen value stays even if its rows go.
    function refreshOptions(select, pairs) {
        var chosen = select.value;
        var seen = {};
        pairs.forEach(function (p) { seen[p[0]] = p[1]; });
        if (chosen && !seen[chosen]) {
            var old = select.querySelector('option[value="' + CSS.escape(chosen) + '"]');
            seen[chosen] = old ? old.textContent : chosen;
        }
        while (select.options.length > 1) select.remove(1);
        Object.keys(seen).sort(function (a, b) { return seen[a].localeCompare(seen[b], 'vi'); }).forEach(function (id) {
            var option = el('option', null, seen[id]);
            option.value = id;
            select.appendChild(option);
        });
        select.value = chosen;
    }

    function renderRow(row) {
        var tr = el('tr');
        tr.dataset.incidentId = row.id;
        tr.setAttribute('data-testid', 'board-row');
        if (fresh[row.id]) tr.className = 'board-fresh';
        var th = el('th');
        th.scope = 'row';
        th.className = 'text-nowrap';
        var link = el('a', null, row.number);
        link.href = '/Incidents/Details/' + row.id;
        th.appendChild(link);
        tr.appendChild(th);
        tr.appendChild(el('td', null, row.title));
        tr.appendChild(el('td', null, row.typeName));
        var status = el('td');
        status.appendChild(el('span', 'badge ' + (row.status === 'Reported' ? 'text-bg-danger' : 'text-bg-primary'), statusName(row)));
        status.firstChild.setAttribute('data-testid', 'board-status');
        tr.appendChild(status);
        tr.appendChild(el('td', null, row.organizations.map(function (o) { return o.shortName; })
            .filter(function (v, i, all) { return all.indexOf(v) === i; }).join(', ')));
        tr.appendChild(el('td', null, [row.areaName, row.keySiteName].filter(Boolean).join(' · ')));
        tr.appendChild(el('td', 'text-nowrap', vietnamTime(row.startedAt)));
        var ageCell = el('td', 'text-nowrap', age(row.startedAt));
        ageCell.dataset.since = row.startedAt;
        tr.appendChild(ageCell);
        var actions = el('td');
        if (canAcknowledge(row)) {
            var button = el('button', 'btn btn-sm btn-outline-primary', texts.acknowledge);
            button.type = 'button';
            button.appendChild(el('span', 'visually-hidden', ' ' + row.number));
            button.addEventListener('click', function () { acknowledge(row, button); });
            actions.appendChild(button);
        }
        tr.appendChild(actions);
        return tr;
    }

    function render() {
        var f = filters();
        var all = ordered();
        var shown = all.filter(function (r) { return matches(r, f); });
        var body = document.createDocumentFragment();
        var group = null;
        shown.forEach(function (row) {
            if (row.severity !== group) {
                group = row.severity;
                var head = el('tr', 'board-group');
                var cell = el('th', null, format(texts.severity, row.severity) + (row.severityName ? ' – ' + row.severityName : ''));
                cell.scope = 'rowgroup';
                cell.colSpan = 9;
                head.appendChild(cell);
                body.appendChild(head);
            }
            body.appendChild(renderRow(row));
        });
        if (shown.length === 0) {
            var empty = el('tr');
            var td = el('td', 'text-muted', texts.empty);
            td.colSpan = 9;
            empty.appendChild(td);
            body.appendChild(empty);
        }
        rowsEl.replaceChildren(body);
        document.getElementById('board-count').textContent = shown.length;
        scheduleExtras();
    }

    // The table first: the filters' choices, the counters and the map follow in a task of their own, once for a burst of changes.
    var extrasPending = false;
    function scheduleExtras() {
        if (extrasPending) return;
        extrasPending = true;
        setTimeout(function () {
            extrasPending = false;
            var all = ordered();
            var f = filters();
            var shown = all.filter(function (r) { return matches(r, f); });
            var orgs = [], areas = [];
            all.forEach(function (r) {
                r.organizations.forEach(function (o) { orgs.push([o.id, o.shortName]); });
                if (r.areaId) areas.push([r.areaId, r.areaName || r.areaId]);
            });
            refreshOptions(document.getElementById('board-organization'), orgs);
            refreshOptions(document.getElementById('board-area'), areas);
            counters(shown);
            drawMap(shown);
        }, 0);
    }

    function counters(shown) {
        var byType = {}, byOrg = {};
        shown.forEach(function (r) {
            byType[r.typeName] = (byType[r.typeName] || 0) + 1;
            var names = {};
            r.organizations.forEach(function (o) { names[o.shortName] = true; });
            Object.keys(names).forEach(function (n) { byOrg[n] = (byOrg[n] || 0) + 1; });
        });
        fill(document.getElementById('board-by-type'), byType);
        fill(document.getElementById('board-by-organization'), byOrg);
    }
    function fill(list, counts) {
        var items = document.createDocumentFragment();
        var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b, 'vi'); });
        keys.forEach(function (k) {
            var li = el('li', 'list-group-item d-flex justify-content-between px-0', k);
            li.appendChild(el('span', 'badge text-bg-secondary', counts[k]));
            items.appendChild(li);
        });
        if (keys.length === 0) items.appendChild(el('li', 'list-group-item text-muted px-0', texts.none));
        list.replaceChildren(items);
    }

    function createMap() {
        var mapEl = document.getElementById('board-map');
        if (typeof L === 'undefined' || !mapEl) return;
        L.Icon.Default.imagePath = '/lib/leaflet/images/';
        map = L.map(mapEl).setView([parseFloat(mapEl.dataset.centerLat) || 16.8, parseFloat(mapEl.dataset.centerLon) || 106.9],
            parseInt(mapEl.dataset.zoom, 10) || 8);
        if (mapEl.dataset.tileUrl) L.tileLayer(mapEl.dataset.tileUrl, { attribution: mapEl.dataset.attribution || '', maxZoom: 19 }).addTo(map);
        siteLayer = L.layerGroup().addTo(map);
        incidentLayer = L.layerGroup().addTo(map);
    }
    function drawSites(sites) {
        if (!siteLayer) return;
        siteLayer.clearLayers();
        sites.forEach(function (s) {
            L.circleMarker([s.latitude, s.longitude], { radius: 5, color: '#333', weight: 1, fillColor: '#fff', fillOpacity: 1 })
                .bindTooltip(el('span', null, texts.keySite + ': ' + s.name)).addTo(siteLayer);
        });
    }
    function drawMap(shown) {
        if (!incidentLayer) return;
        incidentLayer.clearLayers();
        shown.forEach(function (r) {
            if (r.latitude === null || r.longitude === null) return;
            var popup = el('div');
            popup.appendChild(el('strong', null, r.number));
            popup.appendChild(el('div', null, r.title));
            popup.appendChild(el('div', 'small', r.typeName + ' · ' + statusName(r)));
            L.circleMarker([r.latitude, r.longitude], {
                radius: 10 - r.severity, color: '#222', weight: 1, fillColor: severityColors[r.severity] || '#777', fillOpacity: 0.9,
            }).bindPopup(popup).addTo(incidentLayer);
        });
    }

    function apply(row) {
        var known = rows[row.id];
        if (known && known.revision > row.revision) return;
        if (!row.isOpen) delete rows[row.id];
        else {
            if (!known) announceEl.textContent = format(texts.newIncident, row.number + ' – ' + row.title);
            rows[row.id] = row;
            fresh[row.id] = true;
            setTimeout(function () { delete fresh[row.id]; }, 2000);
        }
        render();
    }

    // After (re)connecting: the server's open rows are the truth, except a pushed row newer than the snapshot.
    function load() {
        if (loading) { loadAgain = true; return loading; }
        var started = Date.now();
        var pushedSince = {};
        var track = function (row) { pushedSince[row.id] = row; };
        tracking.push(track);
        loading = fetch('/api/v1/incidents/board', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
            .then(function (state) {
                var next = {};
                state.incidents.forEach(function (r) { next[r.id] = r; });
                Object.keys(pushedSince).forEach(function (id) {
                    var pushed = pushedSince[id];
                    if (next[id] && next[id].revision > pushed.revision) return;
                    if (pushed.isOpen) next[id] = pushed; else delete next[id];
                });
                rows = next;
                drawSites(state.keySites);
                render();
                document.body.dataset.boardLoaded = String(started);
            })
            .catch(function () { messageEl.textContent = texts.loadFailed; setTimeout(load, 5000); })
            .then(function () {
                tracking.splice(tracking.indexOf(track), 1);
                loading = null;
                // A reconnect during a load: that load may have started before what was missed, so load once more.
                if (loadAgain) { loadAgain = false; load(); }
            });
        return loading;
    }
    var tracking = [];
    var loadAgain = false;

    function acknowledge(row, button) {
        button.disabled = true;
        messageEl.textContent = '';
        var token = '';
        try { token = JSON.parse(document.body.getAttribute('hx-headers') || '{}')['X-CSRF-TOKEN'] || ''; } catch (e) { token = ''; }
        fetch('/api/v1/incidents/' + row.id + '/status', {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': token },
            body: JSON.stringify({ status: 'Acknowledged', revision: row.revision }),
        }).then(function (r) {
            return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, body: body }; });
        }).then(function (result) {
            if (result.ok) {
                messageEl.className = 'small text-success';
                messageEl.textContent = format(texts.acknowledged, row.number);
                var current = rows[row.id];
                if (current && current.revision < result.body.revision) {
                    apply(Object.assign({}, current, { status: result.body.status, statusName: result.body.statusName, revision: result.body.revision }));
                }
            } else {
                messageEl.className = 'small text-danger';
                messageEl.textContent = format(texts.failed, row.number) + ' ' + [result.body.title, result.body.detail].filter(Boolean).join(' ');
                button.disabled = false;
                load();
            }
        }, function () { button.disabled = false; });
    }

    filterEls.forEach(function (s) { s.addEventListener('change', render); });
    setInterval(function () {
        rowsEl.querySelectorAll('[data-since]').forEach(function (cell) { cell.textContent = age(cell.dataset.since); });
    }, 15000);

    createMap();
    load();
    window.ThongSuotHub.connect({
        banner: document.getElementById('board-connection'),
        texts: texts,
        onChange: function (row) { tracking.forEach(function (t) { t(row); }); apply(row); },
        // Same path as a row that is no longer open, so a load in progress does not bring it back either.
        onRemove: function (removal) {
            var gone = { id: removal.id, revision: removal.revision, isOpen: false };
            tracking.forEach(function (t) { t(gone); });
            apply(gone);
        },
        onConnected: load,
    });
})();
