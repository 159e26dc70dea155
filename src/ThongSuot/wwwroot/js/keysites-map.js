// Key sites: the map page, the details map and the coordinate picker on the create/edit form.
// Sites come from a JSON block in the page (no fetch), and tiles are optional, so markers and the list work offline.
(function () {
    'use strict';

    if (typeof L === 'undefined') return;

    function createMap(el) {
        L.Icon.Default.imagePath = el.dataset.imagePath || '/lib/leaflet/images/';
        var center = [parseFloat(el.dataset.centerLat) || 16.8, parseFloat(el.dataset.centerLon) || 106.9];
        var map = L.map(el).setView(center, parseInt(el.dataset.zoom, 10) || 8);
        if (el.dataset.tileUrl) {
            L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.attribution || '', maxZoom: 19 }).addTo(map);
        }
        return map;
    }

    function readSites(id) {
        var block = document.getElementById(id);
        if (!block) return [];
        try { return JSON.parse(block.textContent || '[]'); } catch (e) { return []; }
    }

    // Text nodes only: names are user input and must never be parsed as HTML.
    function popupContent(site) {
        var div = document.createElement('div');
        var name = document.createElement('strong');
        name.textContent = site.name;
        div.appendChild(name);
        [site.kindName, site.address, site.areaName].forEach(function (text) {
            if (!text) return;
            div.appendChild(document.createElement('br'));
            div.appendChild(document.createTextNode(text));
        });
        return div;
    }

    var mapEl = document.querySelector('[data-keysites-map]');
    if (mapEl) {
        var map = createMap(mapEl);
        var markers = {};
        var bounds = [];
        readSites(mapEl.dataset.keysitesMap).forEach(function (site) {
            var marker = L.marker([site.lat, site.lon], { title: site.name, alt: site.name, keyboard: true })
                .bindPopup(popupContent(site)).addTo(map);
            markers[site.id] = marker;
            bounds.push([site.lat, site.lon]);
        });
        if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30] });
        else if (bounds.length === 1) map.setView(bounds[0], Math.max(map.getZoom(), 12));

        var open = function (id) {
            var marker = markers[id];
            if (!marker) return;
            map.setView(marker.getLatLng(), Math.max(map.getZoom(), 12));
            marker.openPopup();
        };
        document.querySelectorAll('[data-site-id]').forEach(function (button) {
            button.addEventListener('click', function () {
                open(button.getAttribute('data-site-id'));
                mapEl.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
            });
        });
        var list = document.getElementById('keysites-list');
        if (list && list.dataset.focus) open(list.dataset.focus);
    }

    var picker = document.getElementById('keysite-picker');
    if (picker) {
        var pickMap = createMap(picker);
        var latInput = document.getElementById(picker.dataset.latInput);
        var lonInput = document.getElementById(picker.dataset.lonInput);
        var pin = null;
        var parse = function (input) { return parseFloat((input.value || '').replace(',', '.')); };
        var place = function (lat, lon, pan) {
            if (isNaN(lat) || isNaN(lon)) return;
            if (pin) pin.setLatLng([lat, lon]); else pin = L.marker([lat, lon]).addTo(pickMap);
            if (pan) pickMap.setView([lat, lon], Math.max(pickMap.getZoom(), 12));
        };
        place(parse(latInput), parse(lonInput), true);
        pickMap.on('click', function (e) {
            latInput.value = e.latlng.lat.toFixed(6);
            lonInput.value = e.latlng.lng.toFixed(6);
            place(e.latlng.lat, e.latlng.lng, false);
        });
        [latInput, lonInput].forEach(function (input) {
            input.addEventListener('change', function () { place(parse(latInput), parse(lonInput), true); });
        });
    }
})();
