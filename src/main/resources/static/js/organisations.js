// Organisations: after a refused form, the error summary gets the focus, so that its list of problems is read first.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.getElementById("error-summary");
        if (summary) {
            summary.focus();
        }
    });
})();
