// Plan pages: after a refused form the error summary gets the focus, so that its list of problems is read first; the
// indicator form shows the signal fields only for an indicator counted from signals. The pages work without this script.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }

        var signalFields = document.querySelector(".plans-signal-source");
        var sources = document.querySelectorAll("input[name=source]");
        if (signalFields && sources.length) {
            var update = function () {
                var chosen = document.querySelector("input[name=source]:checked");
                signalFields.hidden = !chosen || chosen.value !== "SIGNALS";
            };
            sources.forEach(function (radio) {
                radio.addEventListener("change", update);
            });
            update();
        }
    });
})();
