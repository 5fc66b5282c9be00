// The situational picture's choropleth: areas coloured by their count (the lower bound of a figure under disclosure
// control), tooltips with the figure as shown in the tables, click or Enter opens the area's picture. Where the page
// gives a points URL (an area page), the signals the reader may see are drawn as points when there are at most 5,000;
// beyond that the counts per area stay. Everything here is also in the tables beside the map.
(function () {
    "use strict";

    var COLOURS = ["#f2f2fc", "#c6c6f0", "#8f8fe0", "#4a4ac8", "#1a1aa0", "#00005e"];

    function escapeHtml(text) {
        var div = document.createElement("div");
        div.textContent = text == null ? "" : String(text);
        return div.innerHTML;
    }

    function breaks(values) {
        var positive = values.filter(function (v) { return v > 0; }).sort(function (a, b) { return a - b; });
        if (positive.length === 0) {
            return [];
        }
        var result = [];
        for (var i = 1; i <= 5; i++) {
            var v = positive[Math.min(positive.length - 1, Math.floor(positive.length * i / 5) - 1 + (i === 5 ? 1 : 0))];
            if (v === undefined) { v = positive[positive.length - 1]; }
            if (result.indexOf(v) < 0) { result.push(v); }
        }
        return result;
    }

    function colourFor(value, limits) {
        if (!value) { return COLOURS[0]; }
        for (var i = 0; i < limits.length; i++) {
            if (value <= limits[i]) { return COLOURS[i + 1]; }
        }
        return COLOURS[COLOURS.length - 1];
    }

    function legend(map, limits, label) {
        var control = L.control({ position: "bottomright" });
        control.onAdd = function () {
            var div = L.DomUtil.create("div", "map-legend");
            var html = "<strong>" + escapeHtml(label) + "</strong><br>";
            html += '<span class="swatch" style="background:' + COLOURS[0] + '"></span> 0<br>';
            var previous = 0;
            limits.forEach(function (limit, i) {
                html += '<span class="swatch" style="background:' + COLOURS[i + 1] + '"></span> ' + (previous + 1) + (limit > previous + 1 ? "–" + limit : "") + "<br>";
                previous = limit;
            });
            div.innerHTML = html;
            return div;
        };
        control.addTo(map);
    }

    function init(element) {
        var values = JSON.parse(element.dataset.values || "{}");
        var map = L.map(element, { attributionControl: false, zoomSnap: 0.25, minZoom: 8, maxZoom: 18, keyboard: true });
        var attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
        attribution.addAttribution(escapeHtml(element.dataset.dataAttribution));
        var limits = breaks(Object.keys(values).map(function (k) { return values[k][0]; }));
        fetch(element.dataset.featuresUrl, { headers: { Accept: "application/geo+json" } })
            .then(function (r) { return r.json(); })
            .then(function (data) {
                var layer = L.geoJSON(data, {
                    style: function (feature) {
                        var v = values[feature.properties.code];
                        return { color: "#00005e", weight: 1, fillColor: colourFor(v ? v[0] : 0, limits), fillOpacity: 0.75 };
                    },
                    onEachFeature: function (feature, layer) {
                        var v = values[feature.properties.code];
                        var shown = v ? v[1] : "0";
                        var name = feature.properties.nameFi + (feature.properties.nameSv && feature.properties.nameSv !== feature.properties.nameFi ? " / " + feature.properties.nameSv : "");
                        layer.bindTooltip("<strong>" + escapeHtml(name) + "</strong><br>" + escapeHtml(shown), { sticky: true, className: "area-tooltip" });
                        var url = element.dataset.areaUrl + encodeURIComponent(feature.properties.code);
                        layer.on("click", function () { window.location.href = url; });
                        layer.on("add", function () {
                            var path = layer.getElement();
                            if (!path) { return; }
                            path.setAttribute("tabindex", "0");
                            path.setAttribute("role", "link");
                            path.setAttribute("aria-label", name + ": " + shown);
                            path.addEventListener("keydown", function (e) { if (e.key === "Enter") { window.location.href = url; } });
                            path.addEventListener("focus", function () { layer.openTooltip(); });
                            path.addEventListener("blur", function () { layer.closeTooltip(); });
                        });
                    }
                }).addTo(map);
                map.fitBounds(layer.getBounds(), { padding: [8, 8] });
                if (limits.length) { legend(map, limits, element.dataset.labelLegend); }
                element.setAttribute("data-loaded", "true");
                if (element.dataset.pointsUrl) { points(map, element); }
            });
    }

    function points(map, element) {
        fetch(element.dataset.pointsUrl, { headers: { Accept: "application/geo+json" } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (data) {
                var note = document.getElementById("points-note");
                if (!data) { return; }
                if (data.total > 5000) {
                    if (note) { note.textContent = element.dataset.labelTooMany; }
                    return;
                }
                L.geoJSON(data, {
                    pointToLayer: function (feature, latlng) {
                        return L.circleMarker(latlng, { radius: 4, color: "#bd2719", weight: 1, fillColor: "#bd2719", fillOpacity: 0.7 });
                    }
                }).addTo(map);
            });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var element = document.getElementById("situation-map");
        if (element && window.L) { init(element); }
    });
})();
