package fi.turvaverkko.plans.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Plans CSV", description = "Bulk work on a plan in a spreadsheet: export its actions or progress reports as CSV, change "
        + "them, import them back. The export re-imports unchanged. Every row is checked first; if any row is bad the answer is "
        + "422 problem+json naming each bad row (row, line, column, message) and nothing is saved; otherwise all rows are saved "
        + "in one transaction. Format: docs/plans-csv.md.")
@SecurityRequirement(name = "basic")
@RestController
class PlanCsvApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanCsv csv;

    PlanCsvApiController(PlanCsv csv) {
        this.csv = csv;
    }

    /** One bad row (1 = the first row under the header, 0 = the file or its header) and the file line where it starts. */
    record RowProblem(long row, long line, String column, String message, String messageKey) {
    }

    /** What a successful import did: rows read, actions or reports created, actions updated, rows that changed nothing. */
    record ImportAnswer(String kind, int rows, int created, int updated, int unchanged) {
    }

    static List<RowProblem> problems(CsvImportReport report) {
        return report.problems().stream().map(p -> new RowProblem(p.row(), p.line(), p.column(), p.message(), p.messageKey())).toList();
    }

    static ResponseEntity<?> respond(CsvImportReport report, HttpServletRequest request) {
        if (report.saved()) {
            return ResponseEntity.ok(new ImportAnswer(report.kind(), report.rows(), report.created(), report.updated(), report.unchanged()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, report.invalidRows() == 1
                && report.problems().getFirst().row() == 0 ? "The file cannot be imported: see errors. Nothing was saved."
                : "Rows of the file are invalid, so nothing was saved. Correct the rows listed in errors and send the whole file again.");
        problem.setTitle("Invalid rows");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", problems(report));
        problem.setProperty("rows", report.rows());
        problem.setProperty("invalidRows", report.invalidRows());
        problem.setProperty("saved", 0);
        problem.setProperty("problemsTruncated", report.problemsTruncated());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<byte[]> file(String name, byte[] body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    @Operation(summary = "The plan's actions as CSV", description = "The actions you may see, one per row: id, version, focus_area_id, "
            + "focus_area_title (for reading; ignored on import), title, title_sv, title_en, description, responsible_organisation "
            + "(code), partners (codes separated by |), areas (codes separated by |; empty = city-wide), starts_on, ends_on "
            + "(ISO dates), state, progress (0-100), budget_year, classification, shared_with (codes of the organisations and bodies "
            + "a RESTRICTED action is shared with). UTF-8 with a byte order mark, comma separated, RFC 4180 quoting.")
    @GetMapping(path = "/api/plans/{id}/actions.csv", produces = "text/csv")
    ResponseEntity<byte[]> actions(@PathVariable long id) {
        return file("plan-" + id + "-actions.csv", csv.exportActions(id));
    }

    @Operation(summary = "The plan's progress reports as CSV", description = "The reports of the actions you may see, newest first: "
            + "id, action_id, action_title, period (e.g. 2026-Q3), state, progress, narrative, next_steps, organisation, reported_by, "
            + "reported_at (action_title, organisation, reported_by and reported_at are for reading and ignored on import). With "
            + "due=true: instead, a row per report due or overdue (yours; coordinators: all) with the period and the action's state "
            + "and progress now, and narrative and next_steps empty for you to fill in and import.")
    @GetMapping(path = "/api/plans/{id}/progress-reports.csv", produces = "text/csv")
    ResponseEntity<byte[]> reports(@PathVariable long id,
            @Parameter(description = "true: a row per report due instead of the reports made") @RequestParam(defaultValue = "false") boolean due,
            @Parameter(description = "only the reports of this period (e.g. 2026-Q3)") @RequestParam(required = false) String period) {
        return file("plan-" + id + (due ? "-progress-due.csv" : "-progress-reports.csv"), csv.exportReports(id, due, period));
    }

    @Operation(summary = "Import the plan's actions from CSV (coordinators)", description = "The body is the CSV file (text/csv): "
            + "comma or semicolon separated (Excel with Finnish settings writes semicolons and decimal commas), a header naming the "
            + "columns in any order (those of the export). A row with an id changes that action (columns left out of the file keep "
            + "their values; a version that is not the action's current one is refused), a row without an id is a new action. Dates "
            + "ISO (2026-03-01) or Finnish (1.3.2026). Rows the same as the action are left alone. At most 5,000 rows and 10 MB.")
    @ApiResponse(responseCode = "200", description = "all rows saved: rows, created, updated, unchanged")
    @ApiResponse(responseCode = "403", description = "only coordinators import actions")
    @ApiResponse(responseCode = "404", description = "no such plan that you may see")
    @ApiResponse(responseCode = "413", description = "the file is larger than 10 MB")
    @ApiResponse(responseCode = "422", description = "problem+json: errors lists every bad row (row, line, column, message, messageKey); nothing saved")
    @PostMapping(path = "/api/plans/{id}/actions/import", consumes = { "text/csv", "text/plain", "application/csv", "application/octet-stream" })
    ResponseEntity<?> importActions(@PathVariable long id, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return respond(csv.importActions(id, body), request);
        }
    }

    @Operation(summary = "Import the plan's actions from a CSV file sent as a form upload", description = "As the text/csv variant, with the file in the part 'file'.")
    @PostMapping(path = "/api/plans/{id}/actions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importActionsUpload(@PathVariable long id, @RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        try (InputStream body = file.getInputStream()) {
            return respond(csv.importActions(id, body), request);
        }
    }

    @Operation(summary = "Import progress reports of the plan's actions from CSV", description = "The body is the CSV file (text/csv), "
            + "columns as in the export (action_id and narrative required; period empty = the earliest period not yet reported). A "
            + "row without an id is a new report, checked as POST /api/actions/{id}/progress would check it (only members of the "
            + "action's responsible and partner organisations and coordinators report on it; a completed or cancelled action takes "
            + "no report). A row with the id of an existing report must be that report unchanged: it is skipped.")
    @ApiResponse(responseCode = "200", description = "all rows saved: rows, created, unchanged")
    @ApiResponse(responseCode = "404", description = "no such plan that you may see")
    @ApiResponse(responseCode = "422", description = "problem+json: errors lists every bad row; nothing saved")
    @PostMapping(path = "/api/plans/{id}/progress-reports/import", consumes = { "text/csv", "text/plain", "application/csv", "application/octet-stream" })
    ResponseEntity<?> importReports(@PathVariable long id, HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return respond(csv.importReports(id, body), request);
        }
    }

    @Operation(summary = "Import progress reports from a CSV file sent as a form upload", description = "As the text/csv variant, with the file in the part 'file'.")
    @PostMapping(path = "/api/plans/{id}/progress-reports/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importReportsUpload(@PathVariable long id, @RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        try (InputStream body = file.getInputStream()) {
            return respond(csv.importReports(id, body), request);
        }
    }

    @ExceptionHandler(CsvSheet.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(CsvSheet.TooLarge e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Upload too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
