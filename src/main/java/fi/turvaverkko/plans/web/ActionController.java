package fi.turvaverkko.plans.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.ActionDetail;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.MilestoneView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;

/**
 * The action page: the action with its milestones, indicators, progress reports with the partners' comments, and the
 * history of its state and progress; the progress report form for those who may report. Coordinators add milestones,
 * create actions and edit them.
 */
@Controller
class ActionController {

    private final Plans plans;
    private final PlanPages pages;

    ActionController(Plans plans, PlanPages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    PlanPages pages() {
        return pages;
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable long id, Model model, Locale locale) {
        return page(id, model, locale);
    }

    /** The action page; a refused form (progress, comment, milestone) put its form and errors in the model first. */
    String page(long id, Model model, Locale locale) {
        ActionDetail detail = plans.getActionDetail(id);
        ActionView action = detail.action();
        PlanView plan = detail.plan();
        model.addAttribute("detail", detail);
        model.addAttribute("action", action);
        model.addAttribute("plan", plan);
        model.addAttribute("focusArea", detail.focusArea());
        // newest first, like the reports
        model.addAttribute("history", detail.history().reversed());
        model.addAttribute("today", plans.today());
        model.addAttribute("states", ActionState.values());
        boolean mayReport = plans.mayReport(id);
        model.addAttribute("mayReport", mayReport);
        // the plans module lets the same people comment: the action's organisations and coordinators
        model.addAttribute("mayComment", mayReport);
        model.addAttribute("mayEdit", plans.mayEditPlans());
        if (mayReport && !action.state().closed()) {
            List<ReportingPeriod> periods = PlanPages.reportablePeriods(plan.cadence(), action, plans.today());
            Set<ReportingPeriod> reported = detail.reports().stream().map(ProgressReportView::period).collect(Collectors.toSet());
            model.addAttribute("periods", periods);
            model.addAttribute("reportedPeriods", reported);
            ReportingPeriod due = PlanPages.earliestDue(plan.cadence(), action, plans.today());
            model.addAttribute("duePeriod", due);
            model.addAttribute("dueNow", due.end().isBefore(plans.today()));
            if (!model.containsAttribute("progressForm")) {
                ActionState state = action.state() == ActionState.PLANNED && !action.startsOn().isAfter(plans.today()) ? ActionState.ONGOING : action.state();
                model.addAttribute("progressForm", new ProgressForm(due.code(), state.name(),
                        String.valueOf(action.progress()), null, null));
            }
        }
        if (!model.containsAttribute("progressErrors")) {
            model.addAttribute("progressErrors", Map.of());
        }
        if (!model.containsAttribute("commentErrors")) {
            model.addAttribute("commentErrors", Map.of());
            model.addAttribute("commentTexts", Map.of());
        }
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", new MilestoneForm(null, null));
            model.addAttribute("milestoneErrors", Map.of());
        }
        return "plans/action";
    }

    // milestones ----------------------------------------------------------------------------------------------------

    @PostMapping("/actions/{id}/milestones")
    String addMilestone(@PathVariable long id, @ModelAttribute MilestoneForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        try {
            plans.addMilestone(id, form.toInput());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.milestoneAdded", locale));
            return "redirect:/actions/" + id + "#milestones";
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("milestoneForm", form);
            model.addAttribute("milestoneErrors", pages.errors(e, MilestoneForm.class, locale));
            return page(id, model, locale);
        }
    }

    @PostMapping("/milestones/{id}/done")
    String milestoneDone(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        // the plans module lets the action's organisations and coordinators do this (403 for others)
        MilestoneView milestone = plans.markMilestoneDone(id, plans.today());
        redirect.addFlashAttribute("notice", pages.text("plans.notice.milestoneDone", locale));
        return "redirect:/actions/" + milestone.actionId() + "#milestones";
    }

    // creating and editing actions ----------------------------------------------------------------------------------

    @GetMapping("/plans/{planId}/actions/new")
    String newAction(@PathVariable long planId, @RequestParam(required = false) Long focusArea, Model model, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(planId);
        return form(model, plan, null, ActionForm.empty(focusArea, plan.classification().name()), Map.of(), locale);
    }

    @PostMapping("/plans/{planId}/actions/new")
    String createAction(@PathVariable long planId, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(planId);
        try {
            var input = form.toInput();
            if (plans.getFocusArea(input.focusAreaId()).planId() != planId) {
                throw new InvalidInput("focusAreaId", "plans.form.invalid.focusArea", "Choose a focus area of this plan.");
            }
            ActionView action = plans.createAction(input);
            redirect.addFlashAttribute("notice", pages.text("plans.notice.actionCreated", locale));
            return "redirect:/actions/" + action.id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return form(model, plan, null, form, pages.errors(e, ActionForm.class, locale), locale);
        }
    }

    @GetMapping("/actions/{id}/edit")
    String editAction(@PathVariable long id, Model model, Locale locale) {
        requireEditor();
        ActionView action = plans.getAction(id);
        PlanView plan = plans.getPlan(action.planId());
        return form(model, plan, action, ActionForm.of(action, pages.organisationCodes()), Map.of(), locale);
    }

    @PostMapping("/actions/{id}/edit")
    String updateAction(@PathVariable long id, @ModelAttribute ActionForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        ActionView action = plans.getAction(id);
        PlanView plan = plans.getPlan(action.planId());
        try {
            plans.updateAction(id, form.toInput(), form.versionNumber());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.saved", locale));
            return "redirect:/actions/" + id;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return form(model, plan, action, form, pages.errors(e, ActionForm.class, locale), locale);
        }
    }

    private String form(Model model, PlanView plan, ActionView action, ActionForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("focusAreas", plans.listFocusAreas(plan.id()));
        model.addAttribute("organisations", pages.organisationChoices(locale));
        model.addAttribute("bodies", pages.bodyChoices(locale));
        model.addAttribute("areaGroups", pages.areaGroups());
        model.addAttribute("states", ActionState.values());
        model.addAttribute("classifications", Classification.values());
        return "plans/action-form";
    }

    private void requireEditor() {
        if (!plans.mayEditPlans()) {
            throw new Forbidden("Only coordinators edit plans.");
        }
    }
}
