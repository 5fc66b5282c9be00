// Turvaverkko: small enhancements for every page. The pages work without this script.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // htmx requests carry Spring Security's CSRF token from the page's meta tags.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.getAttribute("content")] = token.getAttribute("content");
        }
    });
})();
