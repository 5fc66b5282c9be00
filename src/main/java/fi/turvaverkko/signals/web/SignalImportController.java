package fi.turvaverkko.signals.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.signals.Signals;
import fi.turvaverkko.signals.internal.SignalImport;
import fi.turvaverkko.signals.internal.SignalImportMode;
import fi.turvaverkko.signals.internal.SignalImportResult;
import fi.turvaverkko.signals.internal.SignalImportTooLarge;

/** The page where a coordinator or partner uploads a CSV file of signals and reads the report. */
@Controller
class SignalImportController {

    static final String EXAMPLE = """
            phenomenon,observed_at,lat,lon,area_code,count,description,reliability,external_id
            vandalism,2026-05-04T21:30:00+03:00,60.1699,24.9384,,1,Graffiti on the school wall,OBSERVED,
            street-drug-dealing,2026-05-05,,,0913301,3,"Dealing near the metro station, evenings",REPORTED,case-2026-0142
            feeling-of-insecurity,5.5.2026 18:00,60.2100,25.0800,,1,,UNCONFIRMED,
            """;

    private final SignalImport imports;
    private final Signals signals;
    private final MessageSource messages;

    SignalImportController(SignalImport imports, Signals signals, MessageSource messages) {
        this.imports = imports;
        this.signals = signals;
        this.messages = messages;
    }

    /** A problem as the page shows it. */
    record ProblemRow(long row, long line, String field, String message) {
    }

    @GetMapping("/signals/import")
    String form(Model model) {
        return page(model, SignalImportMode.ALL_OR_NOTHING.code(), "");
    }

    @GetMapping("/signals/import/example.csv")
    ResponseEntity<byte[]> example() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signals-example.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(EXAMPLE.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/signals/import")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "all-or-nothing") String mode,
            @RequestParam(defaultValue = "") String source, Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.getMessage("signals.import.form.no-file", null, locale));
            return page(model, mode, source);
        }
        try (InputStream input = file.getInputStream()) {
            SignalImportResult result = imports.importCsv(input, SignalImportMode.parse(mode), source);
            model.addAttribute("result", result);
            model.addAttribute("problems", result.problems().stream().map(p -> new ProblemRow(p.row(), p.line(), p.field(),
                    p.messageKey() == null ? p.message() : messages.getMessage(p.messageKey(), p.arguments(), p.message(), locale))).toList());
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (InvalidInput e) {
            model.addAttribute("error", e.messageKey() == null ? e.getMessage() : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale));
        } catch (Forbidden e) {
            model.addAttribute("error", messages.getMessage("signals.import.form.forbidden", null, locale));
        } catch (SignalImportTooLarge e) {
            model.addAttribute("error", messages.getMessage("signals.import.form.too-large", new Object[] { e.megabytes() }, locale));
        }
        return page(model, mode, source);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, Locale locale) {
        model.addAttribute("error", messages.getMessage("signals.import.form.too-large", new Object[] { imports.maxUploadBytes() / (1024 * 1024) }, locale));
        return page(model, SignalImportMode.ALL_OR_NOTHING.code(), "");
    }

    private String page(Model model, String mode, String source) {
        var user = signals.user();
        model.addAttribute("organisations", signals.listReportingOrganisations(user));
        model.addAttribute("codes", signals.organisationCodes());
        model.addAttribute("mode", mode);
        model.addAttribute("source", source);
        model.addAttribute("maxBytes", imports.maxUploadBytes());
        model.addAttribute("maxMegabytes", imports.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("columns", List.of("phenomenon", "observed_at", "observed_from", "observed_to", "lat", "lon", "area_code", "count",
                "description", "reliability", "classification", "shared_with", "legal_basis", "external_id"));
        return "signals/import";
    }
}
