package fi.turvaverkko.signals.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.signals.internal.PoliceFeedRows;
import fi.turvaverkko.signals.internal.SignalImport;
import fi.turvaverkko.signals.internal.SignalImportMode;
import fi.turvaverkko.signals.internal.SignalImportTooLarge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Signal import")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api/signals")
class PoliceFeedApiController {

    private final SignalImport imports;

    PoliceFeedApiController(SignalImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Send the police aggregate feed: counts per area, week and phenomenon",
            description = "For the police (any organisation whose signals are RESTRICTED by default), usually with an API token "
                    + "(Authorization: Bearer tvk_…). The body is a JSON array of {\"area\": \"0913301\", \"week\": \"2026-W47\", "
                    + "\"phenomenon\": \"street-drug-dealing\", \"count\": 12} (Content-Type application/json) or CSV with the header "
                    + "area,week,phenomenon,count (text/csv). week: an ISO week (2026-W47) or the Monday's date; the week must be over. "
                    + "Each row becomes one RESTRICTED signal (shared as the police's signals are by default) over the week, Monday "
                    + "00:00 to Sunday 23:59:59 Helsinki time, channel POLICE_FEED, reliability OBSERVED, external id "
                    + "feed:<area>:<week>:<phenomenon>: sending a week again replaces its counts (the rollups move with them). "
                    + "Answers as POST /api/signals/import: 200 with the report, 422 when mode=all-or-nothing refused it, 400 for an "
                    + "unreadable body, 403 for a caller who does not report for the police, 413 past the upload limit.")
    @ApiResponse(responseCode = "200", description = "imported: rowsRead, written (new), updated (weeks sent again), refused, problems")
    @ApiResponse(responseCode = "403", description = "the caller does not report for an organisation whose signals are RESTRICTED by default")
    @ApiResponse(responseCode = "422", description = "invalid rows with mode=all-or-nothing; nothing kept")
    @PostMapping(path = "/feed", consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv", "text/plain" })
    ResponseEntity<?> feed(HttpServletRequest request,
            @Parameter(description = "all-or-nothing (default) or keep-valid") @RequestParam(required = false) String mode,
            @Parameter(description = "the police organisation (code) the counts come from; default: your first organisation")
            @RequestParam(required = false) String source) throws IOException {
        SignalImportMode parsed = SignalImportMode.parse(mode);
        boolean json = request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
        try (InputStream body = request.getInputStream()) {
            PoliceFeedRows rows = json ? PoliceFeedRows.json(body, imports.maxUploadBytes()) : PoliceFeedRows.csv(body, imports.maxUploadBytes());
            return SignalImportApiController.respond(imports.importFeed(rows, parsed, source), request);
        }
    }

    @ExceptionHandler(SignalImportTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(SignalImportTooLarge e, HttpServletRequest request) {
        return SignalImportApiController.tooLarge(e.getMessage(), request);
    }
}
