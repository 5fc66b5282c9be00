// Signals: choosing the place of a signal on the map (or from the list), the moment/period switch, and the small map
// of a signal's point. Everything the map does can also be done without it: the area list beside it.
(function () {
    "use strict";

    function format(template, value) {
        return (template || "").replace("{0}", value);
    }

    function escapeHtml(text) {
        var div = document.createElement("div");
        div.textContent = text == null ? "" : String(text);
        return div.innerHTML;
    }

    function baseMap(element, zoom) {
        var map = L.map(element, { attributionControl: false, minZoom: 8, maxZoom: 18, keyboard: true });
        var attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
        attribution.addAttribution(escapeHtml(element.dataset.dataAttribution));
        if (element.dataset.tileUrl) {
            L.tileLayer(element.dataset.tileUrl, { attribution: escapeHtml(element.dataset.tileAttribution), maxZoom: 18 }).addTo(map);
        }
        map.setView([60.19, 24.97], zoom);
        return map;
    }

    function drawAreas(map, url) {
        if (!url) {
            return;
        }
        fetch(url, { headers: { Accept: "application/geo+json" }, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (collection) {
                if (collection) {
                    L.geoJSON(collection, {
                        style: { color: "#00005e", weight: 1, fillColor: "#0072c6", fillOpacity: 0.08 },
                        interactive: false
                    }).addTo(map);
                }
            })
            .catch(function () { /* the map works without the outlines */ });
    }

    function pointMarker(latlng) {
        return L.circleMarker(latlng, { radius: 9, color: "#1a1a1a", weight: 3, fillColor: "#ffc61e", fillOpacity: 1 });
    }

    function reportForm(element) {
        var map = baseMap(element, 11);
        drawAreas(map, element.dataset.geojsonUrl);
        var lat = document.getElementById("lat");
        var lon = document.getElementById("lon");
        var status = document.getElementById("place-status");
        var select = document.getElementById("areaCode");
        var clear = document.getElementById("clear-point");
        var marker = null;

        function show(latlng) {
            if (marker) {
                marker.setLatLng(latlng);
            } else {
                marker = pointMarker(latlng).addTo(map);
            }
        }

        function locate(latitude, longitude) {
            var url = element.dataset.locateUrl + "?lat=" + encodeURIComponent(latitude) + "&lon=" + encodeURIComponent(longitude);
            fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (located) {
                    if (!located || !located.areas || !located.areas.length) {
                        status.textContent = element.dataset.labelOutside;
                        element.dataset.locatedCode = "";
                        return;
                    }
                    // the sub-area (or the smallest area there is) names the place
                    var named = located.areas[Math.min(2, located.areas.length - 1)];
                    var names = located.areas.slice(0, 3).map(function (a) { return a.nameFi; }).join(" › ");
                    status.textContent = format(element.dataset.labelLocated, names);
                    element.dataset.locatedCode = named.code;
                })
                .catch(function () { status.textContent = element.dataset.labelOutside; });
        }

        function choose(latlng) {
            var latitude = Math.round(latlng.lat * 1e6) / 1e6;
            var longitude = Math.round(latlng.lng * 1e6) / 1e6;
            lat.value = String(latitude);
            lon.value = String(longitude);
            show(latlng);
            // a point and an area from the list could disagree: the point wins
            if (select) {
                select.value = "";
            }
            locate(latitude, longitude);
        }

        map.on("click", function (event) { choose(event.latlng); });
        if (lat.value && lon.value) {
            var latlng = L.latLng(parseFloat(lat.value), parseFloat(lon.value));
            show(latlng);
            map.setView(latlng, 14);
            locate(lat.value, lon.value);
        }
        if (select) {
            select.addEventListener("change", function () {
                if (select.value && marker) {
                    map.removeLayer(marker);
                    marker = null;
                    lat.value = "";
                    lon.value = "";
                    status.textContent = element.dataset.labelCleared;
                }
            });
        }
        if (clear) {
            clear.addEventListener("click", function () {
                if (marker) {
                    map.removeLayer(marker);
                    marker = null;
                }
                lat.value = "";
                lon.value = "";
                status.textContent = element.dataset.labelCleared;
            });
        }
    }

    function timeSwitch() {
        var moment = document.getElementById("when-moment");
        var period = document.getElementById("when-period");
        if (!moment || !period) {
            return;
        }
        function update() {
            document.querySelectorAll(".when-moment").forEach(function (e) { e.hidden = period.checked; });
            document.querySelectorAll(".when-period").forEach(function (e) { e.hidden = !period.checked; });
        }
        moment.addEventListener("change", update);
        period.addEventListener("change", update);
        update();
    }

    function pointMap(element) {
        var latlng = L.latLng(parseFloat(element.dataset.lat), parseFloat(element.dataset.lon));
        var map = baseMap(element, 14);
        drawAreas(map, element.dataset.geojsonUrl);
        pointMarker(latlng).addTo(map);
        map.setView(latlng, 14);
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.documentElement.classList.add("js");
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
        timeSwitch();
        var form = document.getElementById("signal-map");
        if (form && window.L) {
            reportForm(form);
        }
        var point = document.getElementById("signal-point-map");
        if (point && window.L) {
            pointMap(point);
        }
    });
})();
