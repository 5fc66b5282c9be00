// Turvaverkko district maps, drawn from our own GeoJSON (no background tiles needed).
// Every area is also reachable without the map: the list beside it, and the areas page.
(function () {
    "use strict";

    var LEVEL_STYLE = {
        MAJOR_DISTRICT: { weight: 2.5, fillOpacity: 0.18 },
        BASIC_DISTRICT: { weight: 2, fillOpacity: 0.16 },
        SUB_AREA: { weight: 1.5, fillOpacity: 0.14 },
        SMALL_AREA: { weight: 1, fillOpacity: 0.12 }
    };
    var PALETTE = ["#0000bf", "#0072c6", "#00005e", "#3d3da9", "#005a9e", "#2d4a8a"];

    function format(template, value) {
        return (template || "").replace("{0}", value);
    }

    function escapeHtml(text) {
        var div = document.createElement("div");
        div.textContent = text == null ? "" : String(text);
        return div.innerHTML;
    }

    function createMap(element) {
        var map = L.map(element, {
            attributionControl: false,
            zoomSnap: 0.25,
            minZoom: 8,
            maxZoom: 18,
            keyboard: true
        });
        var attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
        attribution.addAttribution(escapeHtml(element.dataset.dataAttribution));
        if (element.dataset.tileUrl) {
            L.tileLayer(element.dataset.tileUrl, {
                attribution: escapeHtml(element.dataset.tileAttribution),
                maxZoom: 18
            }).addTo(map);
        }
        return map;
    }

    function tooltip(feature, labelCode) {
        var p = feature.properties;
        var names = p.nameSv && p.nameSv !== p.nameFi ? p.nameFi + " / " + p.nameSv : p.nameFi;
        return '<strong lang="fi">' + escapeHtml(names) + "</strong>" +
            '<span class="tooltip-code">' + escapeHtml(labelCode) + " " + escapeHtml(p.code) + "</span>";
    }

    function styleFor(feature, index) {
        var base = LEVEL_STYLE[feature.properties.level] || LEVEL_STYLE.SUB_AREA;
        return {
            color: "#00005e",
            weight: base.weight,
            fillColor: PALETTE[index % PALETTE.length],
            fillOpacity: base.fillOpacity
        };
    }

    // Each area: tooltip on hover and keyboard focus, opens its page on click or Enter.
    function bindArea(layer, feature, element, defaultStyle) {
        var labelCode = element.dataset.labelCode;
        var url = element.dataset.areaUrl + encodeURIComponent(feature.properties.code);
        layer.bindTooltip(tooltip(feature, labelCode), { sticky: true, className: "area-tooltip", direction: "top" });
        layer.on("mouseover", function () { layer.setStyle({ weight: defaultStyle.weight + 2, fillOpacity: 0.4 }); });
        layer.on("mouseout", function () { layer.setStyle(defaultStyle); });
        layer.on("click", function () { window.location.href = url; });
        layer.on("add", function () {
            var path = layer.getElement();
            if (!path) {
                return;
            }
            path.setAttribute("tabindex", "0");
            path.setAttribute("role", "link");
            path.setAttribute("aria-label", feature.properties.nameFi + (feature.properties.nameSv ? " / " + feature.properties.nameSv : "") + ", " + labelCode + " " + feature.properties.code);
            path.setAttribute("data-code", feature.properties.code);
            path.addEventListener("focus", function () {
                layer.setStyle({ weight: defaultStyle.weight + 2, fillOpacity: 0.4 });
                layer.openTooltip(layer.getBounds().getCenter());
            });
            path.addEventListener("blur", function () {
                layer.setStyle(defaultStyle);
                layer.closeTooltip();
            });
            path.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    window.location.href = url;
                }
            });
        });
    }

    function setStatus(text) {
        var status = document.getElementById("map-status");
        if (status) {
            status.textContent = text;
        }
    }

    function loadInto(map, element, url, fit, onFeatures) {
        setStatus(element.dataset.labelLoading);
        element.setAttribute("aria-busy", "true");
        return fetch(url, { headers: { Accept: "application/geo+json" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                var index = 0;
                var layer = L.geoJSON(collection, {
                    style: function (feature) { return styleFor(feature, index++); },
                    onEachFeature: function (feature, featureLayer) {
                        bindArea(featureLayer, feature, element, styleFor(feature, index - 1));
                    }
                });
                if (onFeatures) {
                    onFeatures(layer, collection);
                }
                layer.addTo(map);
                if (fit && collection.features.length) {
                    map.fitBounds(layer.getBounds(), { padding: [12, 12] });
                }
                element.setAttribute("aria-busy", "false");
                element.dataset.loadedCount = String(collection.features.length);
                setStatus(format(element.dataset.labelLoaded, collection.features.length));
                return layer;
            })
            .catch(function () {
                element.setAttribute("aria-busy", "false");
                setStatus(element.dataset.labelFailed);
            });
    }

    function homeMap(element) {
        var map = createMap(element);
        map.setView([60.19, 24.97], 10.5);
        var current = null;
        var form = document.getElementById("map-controls");

        function show(municipality, level) {
            element.dataset.level = level;
            element.dataset.municipality = municipality;
            var url = element.dataset.geojsonUrl + "?municipality=" + encodeURIComponent(municipality) +
                "&level=" + encodeURIComponent(level) + "&simplify=5";
            loadInto(map, element, url, true).then(function (layer) {
                if (current) {
                    map.removeLayer(current);
                }
                current = layer || null;
            });
        }

        show(element.dataset.municipality, element.dataset.level);

        if (form) {
            form.addEventListener("change", function (event) {
                var municipality = form.querySelector("select[name=municipality]").value;
                if (event.target.name === "municipality") {
                    // another municipality may have other levels: let the server draw the page
                    form.submit();
                    return;
                }
                var checked = form.querySelector("input[name=level]:checked");
                var level = checked ? checked.value : element.dataset.level;
                var params = new URLSearchParams({ municipality: municipality, level: level });
                history.replaceState(null, "", "?" + params.toString());
                show(municipality, level);
                var hidden = document.getElementById("area-search-level");
                if (hidden) {
                    hidden.value = level;
                }
                if (window.htmx) {
                    var q = document.getElementById("home-q");
                    params.set("q", q ? q.value : "");
                    params.set("view", "compact");
                    window.htmx.ajax("GET", "/areas?" + params.toString(), { target: "#area-results", swap: "outerHTML" });
                }
            });
        }
    }

    function areaMap(element) {
        var map = createMap(element);
        map.setView([60.19, 24.97], 11);
        var code = element.dataset.code;
        loadInto(map, element, element.dataset.featuresUrl, true, function (layer) {
            layer.eachLayer(function (featureLayer) {
                if (featureLayer.feature.properties.code === code) {
                    // the area itself: an outline behind its children, not a link to itself
                    featureLayer.setStyle({ color: "#1a1a1a", weight: 3, fillOpacity: 0.08, fillColor: "#0000bf" });
                    featureLayer.off("click");
                    featureLayer.off("mouseover");
                    featureLayer.off("mouseout");
                }
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var home = document.getElementById("map");
        if (home) {
            homeMap(home);
        }
        var area = document.getElementById("area-map");
        if (area) {
            areaMap(area);
        }
    });
})();
