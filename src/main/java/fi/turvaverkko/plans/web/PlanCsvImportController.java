package fi.turvaverkko.plans.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.platform.Forbidden;

/**
 * The page where a coordinator imports a plan's actions, and a reporter the progress reports of their actions, from CSV
 * files, and reads the per-row report in their own language. The files to start from are downloaded here too.
 */
@Controller
class PlanCsvImportController {

    private final Plans plans;
    private final PlanCsv csv;
    private final MessageSource messages;

    PlanCsvImportController(Plans plans, PlanCsv csv, MessageSource messages) {
        this.plans = plans;
        this.csv = csv;
        this.messages = messages;
    }

    /** A problem as the page shows it: the row (0 = the file or its header), the line, the column and the message. */
    record ProblemRow(long row, long line, String column, String message) {
    }

    @GetMapping("/plans/{id}/import")
    String page(@PathVariable long id, Model model) {
        return page(id, model, null);
    }

    @PostMapping("/plans/{id}/import/actions")
    String importActions(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model, Locale locale) throws IOException {
        return upload(id, "actions", file, model, locale);
    }

    @PostMapping("/plans/{id}/import/progress-reports")
    String importReports(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model, Locale locale)
            throws IOException {
        return upload(id, "progress-reports", file, model, locale);
    }

    private String upload(long id, String kind, MultipartFile file, Model model, Locale locale) throws IOException {
        plans.getPlan(id);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.getMessage("plans.bulk.form.no-file", null, locale));
            return page(id, model, kind);
        }
        try (InputStream input = file.getInputStream()) {
            CsvImportReport report = kind.equals("actions") ? csv.importActions(id, input) : csv.importReports(id, input);
            model.addAttribute("report", report);
            model.addAttribute("problems", report.problems().stream().map(p -> new ProblemRow(p.row(), p.line(), p.column(),
                    p.messageKey() == null ? p.message() : messages.getMessage(p.messageKey(), p.arguments(), p.message(), locale))).toList());
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (Forbidden e) {
            model.addAttribute("error", messages.getMessage(kind.equals("actions") ? "plans.bulk.form.forbidden-actions"
                    : "plans.bulk.form.forbidden-reports", null, locale));
        } catch (CsvSheet.TooLarge e) {
            model.addAttribute("error", messages.getMessage("plans.bulk.form.too-large", new Object[] { CsvSheet.MAX_BYTES / (1024 * 1024) }, locale));
        }
        return page(id, model, kind);
    }

    private String page(long id, Model model, String kind) {
        var plan = plans.getPlan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("kind", kind);
        model.addAttribute("mayImportActions", plans.mayEditPlans());
        List<DueReport> due = plans.reader().isEmpty() ? List.of()
                : plans.listDueReports(null).stream().filter(d -> d.action().planId() == id).toList();
        model.addAttribute("dueCount", due.size());
        model.addAttribute("actionColumns", ActionCsv.COLUMNS);
        model.addAttribute("reportColumns", ProgressCsv.COLUMNS);
        model.addAttribute("maxRows", CsvSheet.MAX_ROWS);
        return "plans/import";
    }

    // the files, for a browser session (the API's are for HTTP Basic and tokens) ------------------------------------------

    @GetMapping("/plans/{id}/actions.csv")
    ResponseEntity<byte[]> actions(@PathVariable long id) {
        return PlanCsvApiController.file("plan-" + id + "-actions.csv", csv.exportActions(id));
    }

    @GetMapping("/plans/{id}/progress-reports.csv")
    ResponseEntity<byte[]> reports(@PathVariable long id, @RequestParam(defaultValue = "false") boolean due) {
        return PlanCsvApiController.file("plan-" + id + (due ? "-progress-due.csv" : "-progress-reports.csv"), csv.exportReports(id, due, null));
    }
}
