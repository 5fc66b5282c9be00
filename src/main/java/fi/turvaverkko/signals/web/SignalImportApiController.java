package fi.turvaverkko.signals.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import fi.turvaverkko.signals.internal.SignalImport;
import fi.turvaverkko.signals.internal.SignalImportMode;
import fi.turvaverkko.signals.internal.SignalImportResult;
import fi.turvaverkko.signals.internal.SignalImportTooLarge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Signal import", description = "Bulk intake of signals: CSV files (POST /api/signals/import) and the police aggregate "
        + "feed (POST /api/signals/feed). Both stream: a million rows fit. The answer reports every bad row (row, line, field, "
        + "message); mode=all-or-nothing (default) keeps nothing when any row is bad, mode=keep-valid keeps the good rows.")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api/signals")
class SignalImportApiController {

    private final SignalImport imports;

    SignalImportApiController(SignalImport imports) {
        this.imports = imports;
    }

    /** One bad row of an import: the data row (1 = first after the header), the file line where it starts, the column. */
    record ProblemAnswer(long row, long line, String field, String message) {
    }

    /** What an import did (also the extensions of the 422 problem when all-or-nothing refused the file). */
    record ImportAnswer(long rowsRead, long written, long updated, long refused, String mode, List<ProblemAnswer> problems,
            boolean problemsTruncated) {
    }

    static ImportAnswer answer(SignalImportResult result) {
        return new ImportAnswer(result.rowsRead(), result.written(), result.updated(), result.refused(), result.mode().code(),
                result.problems().stream().map(p -> new ProblemAnswer(p.row(), p.line(), p.field(), p.message())).toList(),
                result.problemsTruncated());
    }

    /** 200 with the report when rows were kept; 422 problem+json with the report when all-or-nothing refused the file. */
    static ResponseEntity<?> respond(SignalImportResult result, HttpServletRequest request) {
        ImportAnswer answer = answer(result);
        if (result.committed()) {
            return ResponseEntity.ok(answer);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, result.refused() + " of "
                + result.rowsRead() + " rows are invalid, so nothing was imported (mode all-or-nothing). Correct the rows listed in errors"
                + " and send the file again, or send it with mode=keep-valid to keep the valid rows.");
        problem.setTitle("Invalid rows");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", answer.problems());
        problem.setProperty("rowsRead", answer.rowsRead());
        problem.setProperty("written", 0);
        problem.setProperty("updated", 0);
        problem.setProperty("refused", answer.refused());
        problem.setProperty("mode", answer.mode());
        problem.setProperty("problemsTruncated", answer.problemsTruncated());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Operation(summary = "Import signals from a CSV file",
            description = "The body is the CSV file itself (Content-Type text/csv), streamed: UTF-8, a header row naming the columns "
                    + "(phenomenon, observed_at | observed_from + observed_to, lat + lon | area_code, count, description, reliability, "
                    + "classification, shared_with, legal_basis, external_id), comma or semicolon separated, RFC 4180 quoting. "
                    + "Times: ISO-8601 instants, local date-times (Helsinki) or dates (the whole day). A row with an external_id that "
                    + "the source already sent updates that signal. At most turvaverkko.signals.max-upload-bytes (50 MB): a larger "
                    + "body is refused with 413 and nothing is kept. An unreadable header or encoding: 400. Invalid rows with "
                    + "mode=all-or-nothing (default): 422 problem+json with the rows in errors, nothing kept. The report lists at most "
                    + SignalImport.MAX_PROBLEMS + " problems; refused counts them all.")
    @ApiResponse(responseCode = "200", description = "imported: rowsRead, written (new), updated (by external id), refused, problems")
    @ApiResponse(responseCode = "400", description = "the file cannot be read: header, encoding, mode or source")
    @ApiResponse(responseCode = "413", description = "larger than the upload limit; nothing kept")
    @ApiResponse(responseCode = "422", description = "invalid rows with mode=all-or-nothing; nothing kept")
    @PostMapping(path = "/import", consumes = { "text/csv", "text/plain", "application/csv", "application/octet-stream" })
    ResponseEntity<?> importCsv(HttpServletRequest request,
            @Parameter(description = "all-or-nothing (default) or keep-valid") @RequestParam(required = false) String mode,
            @Parameter(description = "the organisation (code) the rows come from; default: your first organisation")
            @RequestParam(required = false) String source) throws IOException {
        SignalImportMode parsed = SignalImportMode.parse(mode);
        try (InputStream body = request.getInputStream()) {
            return respond(imports.importCsv(body, parsed, source), request);
        }
    }

    @Operation(summary = "Import signals from a CSV file sent as a form upload",
            description = "The same as the text/csv variant, with the file in the multipart part 'file'.")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importUpload(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String source) throws IOException {
        SignalImportMode parsed = SignalImportMode.parse(mode);
        try (InputStream body = file.getInputStream()) {
            return respond(imports.importCsv(body, parsed, source), request);
        }
    }

    @ExceptionHandler(SignalImportTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(SignalImportTooLarge e, HttpServletRequest request) {
        return tooLarge(e.getMessage(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return tooLarge(new SignalImportTooLarge(imports.maxUploadBytes()).getMessage(), request);
    }

    static ResponseEntity<ProblemDetail> tooLarge(String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setTitle("Upload too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
