package fi.turvaverkko.plans.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.InvalidInput;

/**
 * Progress reporting: the report form's answer (a refused report comes back on the action page as typed, with the
 * message beside its field, and nothing is saved), the partners' comments, and the reports due and overdue per
 * organisation. Who may report or comment is the plans module's rule: anyone else gets 403.
 */
@Controller
class ProgressController {

    private final Plans plans;
    private final PlanPages pages;
    private final ActionController actions;

    ProgressController(Plans plans, PlanPages pages, ActionController actions) {
        this.plans = plans;
        this.pages = pages;
        this.actions = actions;
    }

    @ModelAttribute("pages")
    PlanPages pages() {
        return pages;
    }

    @PostMapping("/actions/{id}/progress")
    String report(@PathVariable long id, @ModelAttribute ProgressForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            ProgressReportView report = plans.reportProgress(id, form.toInput());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.reported", locale, pages.period(report.period(), locale)));
            return "redirect:/actions/" + id + "#report-" + report.id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("progressForm", form);
            model.addAttribute("progressErrors", pages.errors(e, ProgressForm.class, locale));
            return actions.page(id, model, locale);
        }
    }

    @PostMapping("/actions/{id}/reports/{reportId}/comments")
    String comment(@PathVariable long id, @PathVariable long reportId, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            plans.comment(reportId, text == null ? null : text.strip());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.commented", locale));
            return "redirect:/actions/" + id + "#report-" + reportId;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("commentErrors", Map.of(reportId, pages.message(e, locale)));
            model.addAttribute("commentTexts", Map.of(reportId, text == null ? "" : text));
            return actions.page(id, model, locale);
        }
    }

    /** The reports an organisation owes, grouped by it, oldest due first. */
    record OrganisationDue(Organisation organisation, long organisationId, List<DueReport> reports, long overdue) {
    }

    @GetMapping("/plans/reports-due")
    String reportsDue(@RequestParam(required = false) String organisation, Model model, Locale locale) {
        boolean coordinator = plans.mayEditPlans();
        Long chosen = null;
        if (coordinator && organisation != null && !organisation.isBlank()) {
            try {
                chosen = Long.valueOf(organisation.strip());
            } catch (NumberFormatException ignored) {
                // a hand-written address: all organisations
            }
        }
        List<DueReport> due = plans.listDueReports(chosen);
        Map<Long, Organisation> names = pages.organisationsById();
        Map<Long, List<DueReport>> grouped = new LinkedHashMap<>();
        due.stream()
                .sorted(Comparator.comparing(DueReport::dueOn).thenComparing(r -> r.action().title(locale)))
                .forEach(r -> grouped.computeIfAbsent(r.action().responsibleOrganisationId(), k -> new ArrayList<>()).add(r));
        List<OrganisationDue> groups = grouped.entrySet().stream()
                .map(e -> new OrganisationDue(names.get(e.getKey()), e.getKey(), e.getValue(),
                        e.getValue().stream().filter(DueReport::overdue).count()))
                .sorted(Comparator.comparing((OrganisationDue g) -> g.organisation() == null ? "" : g.organisation().name(locale),
                        java.text.Collator.getInstance(locale)))
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("total", due.size());
        model.addAttribute("overdue", due.stream().filter(DueReport::overdue).count());
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("chosenOrganisation", chosen);
        model.addAttribute("readerOrganisations", pages.readerOrganisations().stream().map(names::get).filter(o -> o != null)
                .map(o -> pages.name(o, locale)).sorted(java.text.Collator.getInstance(locale)).toList());
        if (coordinator) {
            model.addAttribute("organisations", pages.organisationChoices(locale));
        }
        return "plans/reports-due";
    }
}
