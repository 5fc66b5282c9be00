// Access pages: copy a new API token to the clipboard. Without script the token can be selected and copied by hand.
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-copy]");
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute("data-copy"));
        var status = button.closest(".field").querySelector(".copy-status");
        field.select();
        var done = function () {
            if (status) {
                status.textContent = button.getAttribute("data-copied");
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, function () {
                document.execCommand("copy");
                done();
            });
        } else {
            document.execCommand("copy");
            done();
        }
    });
})();
