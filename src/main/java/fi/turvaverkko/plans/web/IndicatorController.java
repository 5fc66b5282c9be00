package fi.turvaverkko.plans.web;

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

import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;

/**
 * An indicator with its chart of actual values against the target and the same figures in a table; coordinators
 * define indicators (entered by hand or counted from signals) and enter the values of hand-entered ones.
 */
@Controller
class IndicatorController {

    private final Plans plans;
    private final PlanPages pages;

    IndicatorController(Plans plans, PlanPages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    PlanPages pages() {
        return pages;
    }

    @GetMapping("/indicators/{id}")
    String indicator(@PathVariable long id, Model model, Locale locale) {
        IndicatorSeries series = plans.getSeries(id);
        IndicatorView indicator = series.indicator();
        model.addAttribute("series", series);
        model.addAttribute("indicator", indicator);
        model.addAttribute("plan", plans.getPlan(indicator.planId()));
        model.addAttribute("focusArea", indicator.focusAreaId() == null ? null : plans.getFocusArea(indicator.focusAreaId()));
        model.addAttribute("measuredAction", indicator.actionId() == null ? null : plans.getAction(indicator.actionId()));
        // coordinators, and for an action's indicator also the action's organisations (the plans module's rule)
        boolean mayEnter = indicator.source() == IndicatorSource.MANUAL
                && (plans.mayEditPlans() || indicator.actionId() != null && plans.mayReport(indicator.actionId()));
        model.addAttribute("mayEnter", mayEnter);
        if (!model.containsAttribute("valueForm")) {
            model.addAttribute("valueForm", ValueForm.empty());
            model.addAttribute("errors", Map.of());
        }
        return "plans/indicator";
    }

    @PostMapping("/indicators/{id}/values")
    String recordValue(@PathVariable long id, @ModelAttribute ValueForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            plans.recordValue(id, form.toInput());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.valueRecorded", locale));
            return "redirect:/indicators/" + id + "#values";
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("valueForm", form);
            model.addAttribute("errors", pages.errors(e, ValueForm.class, locale));
            return indicator(id, model, locale);
        }
    }

    @GetMapping("/plans/{planId}/indicators/new")
    String newIndicator(@PathVariable long planId, @RequestParam(required = false) String target, Model model, Locale locale) {
        requireEditor();
        return form(model, plans.getPlan(planId), IndicatorForm.empty(target), Map.of(), locale);
    }

    @PostMapping("/plans/{planId}/indicators/new")
    String defineIndicator(@PathVariable long planId, @ModelAttribute IndicatorForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(planId);
        try {
            IndicatorView indicator = plans.defineIndicator(form.toInput(planId));
            redirect.addFlashAttribute("notice", pages.text("plans.notice.indicatorDefined", locale));
            return "redirect:/indicators/" + indicator.id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return form(model, plan, form, pages.errors(e, IndicatorForm.class, locale), locale);
        }
    }

    private String form(Model model, PlanView plan, IndicatorForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("focusAreas", plans.listFocusAreas(plan.id()));
        model.addAttribute("actions", plans.listActions(ActionFilter.ofPlan(plan.id())));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("sources", IndicatorSource.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("phenomena", pages.listPhenomena());
        model.addAttribute("areaGroups", pages.areaGroups());
        return "plans/indicator-form";
    }

    private void requireEditor() {
        if (!plans.mayEditPlans()) {
            throw new Forbidden("Only coordinators edit plans.");
        }
    }
}
