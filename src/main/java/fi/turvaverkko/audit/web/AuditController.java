package fi.turvaverkko.audit.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fi.turvaverkko.audit.AuditEntry;
import fi.turvaverkko.audit.AuditEvent;
import fi.turvaverkko.audit.AuditFilter;
import fi.turvaverkko.audit.AuditTrail;
import fi.turvaverkko.audit.ChangeSummary;
import fi.turvaverkko.audit.internal.EntryHash;
import fi.turvaverkko.platform.InvalidInput;

/**
 * The admins' audit page: filters (a plain GET form), the entries a page at a time, the chain's state, and the same
 * entries as CSV. Only admins reach it (the /admin/** rule of the security configuration).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    static final String EXPORTED = "audit.exported";
    static final List<String> CSV_HEADER = List.of("id", "occurred_at", "actor", "actor_id", "action", "object_type",
            "object_id", "classification", "summary", "previous_hash", "hash");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(AuditQuery.FINNISH_TIME);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(AuditQuery.FINNISH_TIME);

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("query") AuditQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        var verification = audit.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("classifications", List.of("PUBLIC", "INTERNAL", "RESTRICTED"));
        model.addAttribute("csvLink", query.link("/admin/audit.csv", Map.of()));
        AuditFilter filter;
        try {
            filter = query.toFilter();
        } catch (InvalidInput e) {
            model.addAttribute("invalidField", e.field());
            return "audit/list";
        }
        var result = audit.list(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.entries().stream()
                .map(entry -> Row.of(entry, entry.id() == (verification.firstBrokenEntry() == null ? -1 : verification.firstBrokenEntry())))
                .toList());
        model.addAttribute("previousLink", query.link("/admin/audit", Map.of("page", result.page() - 1)));
        model.addAttribute("nextLink", query.link("/admin/audit", Map.of("page", result.page() + 1)));
        return "audit/list";
    }

    /** The entries that match the filters, streamed as CSV; the export itself is an audit entry. */
    @GetMapping("/admin/audit.csv")
    void csv(AuditQuery query, Principal principal, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            filter = query.toFilter();
        } catch (InvalidInput e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        var filters = ChangeSummary.create();
        query.parameters().forEach(filters::with);
        audit.record(new AuditEvent(principal.getName(), null, EXPORTED, "audit.entry", null, null, filters.toJson()));

        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-" + FILE_TIME.format(Instant.now()) + ".csv\"");
        try (var csv = new CsvWriter(response.getOutputStream())) {
            csv.row(CSV_HEADER);
            audit.forEach(filter, e -> csv.row(Arrays.asList(e.id(), EntryHash.canonicalTime(e.occurredAt()), e.actor(),
                    e.actorId(), e.action(), e.objectType(), e.objectId(), e.classification(), e.summary(),
                    e.previousHash(), e.hash())));
        }
    }

    /** An entry as the table shows it: time in Finnish time, and whether the chain breaks here. */
    record Row(AuditEntry entry, String time, String isoTime, boolean broken) {
        static Row of(AuditEntry entry, boolean broken) {
            return new Row(entry, SHOWN.format(entry.occurredAt()), entry.occurredAt().toString(), broken);
        }
    }
}
