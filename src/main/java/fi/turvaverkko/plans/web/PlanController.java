package fi.turvaverkko.plans.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorSeries;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;

/**
 * Plan pages: the plans the reader may see with their progress, a plan with its focus areas, actions (filtered without
 * script by state, organisation and overdue reports) and indicators, and for coordinators the forms that create and
 * edit a plan, change its state and add focus areas. A refused form comes back as it was typed, with the message beside
 * its field, and nothing is saved.
 */
@Controller
class PlanController {

    private final Plans plans;
    private final PlanPages pages;

    PlanController(Plans plans, PlanPages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    PlanPages pages() {
        return pages;
    }

    /** How many of a plan's actions are in each state. */
    record Summary(int total, Map<ActionState, Long> byState, long overdue) {
    }

    static Summary summary(List<ActionView> actions) {
        Map<ActionState, Long> byState = new EnumMap<>(ActionState.class);
        for (ActionView action : actions) {
            byState.merge(action.state(), 1L, Long::sum);
        }
        return new Summary(actions.size(), byState, actions.stream().filter(ActionView::overdue).count());
    }

    // the list ------------------------------------------------------------------------------------------------------

    @GetMapping("/plans")
    String list(Model model) {
        List<PlanView> visible = plans.listPlans();
        Map<Long, Summary> summaries = new LinkedHashMap<>();
        for (PlanView plan : visible) {
            summaries.put(plan.id(), summary(plans.listActions(ActionFilter.ofPlan(plan.id()))));
        }
        model.addAttribute("plans", visible);
        model.addAttribute("summaries", summaries);
        model.addAttribute("states", ActionState.values());
        model.addAttribute("mayEdit", plans.mayEditPlans());
        return "plans/list";
    }

    // a plan --------------------------------------------------------------------------------------------------------

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(required = false) List<String> state,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String overdue, Model model, Locale locale) {
        PlanView plan = plans.getPlan(id);
        List<FocusAreaView> focusAreas = plans.listFocusAreas(id);
        List<ActionView> all = plans.listActions(ActionFilter.ofPlan(id));

        Set<ActionState> states = new LinkedHashSet<>();
        for (String s : state == null ? List.<String>of() : state) {
            Arrays.stream(ActionState.values()).filter(v -> v.name().equalsIgnoreCase(s.strip())).forEach(states::add);
        }
        Long organisationId = null;
        try {
            organisationId = organisation == null || organisation.isBlank() ? null : Long.valueOf(organisation.strip());
        } catch (NumberFormatException ignored) {
            // a hand-written address: no organisation filter
        }
        boolean overdueOnly = "true".equals(overdue) || "on".equals(overdue);
        boolean filtered = !states.isEmpty() || organisationId != null || overdueOnly;
        List<ActionView> shown = filtered ? plans.listActions(new ActionFilter(id, null, organisationId, states, overdueOnly)) : all;

        Map<Long, List<ActionView>> byFocusArea = new LinkedHashMap<>();
        for (FocusAreaView focusArea : focusAreas) {
            byFocusArea.put(focusArea.id(), new ArrayList<>());
        }
        for (ActionView action : shown) {
            byFocusArea.computeIfAbsent(action.focusAreaId(), k -> new ArrayList<>()).add(action);
        }

        Set<Long> organisationIds = new LinkedHashSet<>();
        all.forEach(a -> {
            organisationIds.add(a.responsibleOrganisationId());
            organisationIds.addAll(a.partnerOrganisationIds());
        });
        var names = pages.organisationsById();
        model.addAttribute("filterOrganisations", organisationIds.stream().filter(names::containsKey).map(names::get)
                .sorted(Comparator.comparing(o -> pages.name(o, locale), java.text.Collator.getInstance(locale))).toList());

        List<IndicatorView> indicators = plans.listIndicators(id);
        List<IndicatorSeries> series = indicators.stream().map(i -> plans.getSeries(i.id())).toList();
        Map<Long, String> actionTitles = all.stream().collect(Collectors.toMap(ActionView::id, a -> a.title(locale)));
        Map<Long, String> focusAreaTitles = focusAreas.stream().collect(Collectors.toMap(FocusAreaView::id, f -> f.title(locale)));

        model.addAttribute("plan", plan);
        model.addAttribute("focusAreas", focusAreas);
        model.addAttribute("snapshots", focusAreas.stream().collect(Collectors.toMap(FocusAreaView::id, f -> pages.snapshots(f.snapshots()))));
        model.addAttribute("actionsByFocusArea", byFocusArea);
        model.addAttribute("shownCount", shown.size());
        model.addAttribute("summary", summary(all));
        model.addAttribute("series", series);
        model.addAttribute("actionTitles", actionTitles);
        model.addAttribute("focusAreaTitles", focusAreaTitles);
        model.addAttribute("states", ActionState.values());
        model.addAttribute("filterStates", states);
        model.addAttribute("filterOrganisation", organisationId);
        model.addAttribute("filterOverdue", overdueOnly);
        model.addAttribute("filtered", filtered);
        model.addAttribute("today", plans.today());
        boolean mayEdit = plans.mayEditPlans();
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            model.addAttribute("nextStates", Arrays.stream(PlanState.values()).filter(plan.state()::mayBecome).toList());
            if (!model.containsAttribute("stateForm")) {
                model.addAttribute("stateForm", new PlanStateForm(null, null));
            }
            if (!model.containsAttribute("stateErrors")) {
                model.addAttribute("stateErrors", Map.of());
            }
        }
        return "plans/plan";
    }

    @PostMapping("/plans/{id}/state")
    String changeState(@PathVariable long id, @ModelAttribute PlanStateForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            PlanState state = FormValues.choice(PlanState.class, "state", form.state());
            if (state == null) {
                throw new InvalidInput("state", "plans.form.invalid.state", "Choose the new state.");
            }
            plans.changePlanState(id, state, FormValues.text(form.decisionReference()));
            redirect.addFlashAttribute("notice", pages.text("plans.notice.stateChanged", locale));
            return "redirect:/plans/" + id;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("stateForm", form);
            model.addAttribute("stateErrors", pages.errors(e, PlanStateForm.class, locale));
            return plan(id, null, null, null, model, locale);
        }
    }

    // creating and editing a plan -----------------------------------------------------------------------------------

    @GetMapping("/plans/new")
    String newPlan(Model model, Locale locale) {
        requireEditor();
        return planForm(model, null, PlanForm.empty(), Map.of(), locale);
    }

    @PostMapping("/plans/new")
    String createPlan(@ModelAttribute PlanForm form, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        requireEditor();
        try {
            PlanView plan = plans.createPlan(form.toInput(pages.defaultMunicipality()));
            redirect.addFlashAttribute("notice", pages.text("plans.notice.planCreated", locale));
            return "redirect:/plans/" + plan.id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return planForm(model, null, form, pages.errors(e, PlanForm.class, locale), locale);
        }
    }

    @GetMapping("/plans/{id}/edit")
    String editPlan(@PathVariable long id, Model model, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(id);
        return planForm(model, plan, PlanForm.of(plan, pages.bodyCodes()), Map.of(), locale);
    }

    @PostMapping("/plans/{id}/edit")
    String updatePlan(@PathVariable long id, @ModelAttribute PlanForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(id);
        try {
            plans.updatePlan(id, form.toInput(plan.municipality()), form.versionNumber());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.saved", locale));
            return "redirect:/plans/" + id;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return planForm(model, plan, form, pages.errors(e, PlanForm.class, locale), locale);
        }
    }

    private String planForm(Model model, PlanView plan, PlanForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", PlanLevel.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("bodies", pages.bodyChoices(locale));
        model.addAttribute("organisations", pages.organisationChoices(locale));
        model.addAttribute("areaGroups", pages.areaGroups());
        return "plans/plan-form";
    }

    // focus areas ---------------------------------------------------------------------------------------------------

    @GetMapping("/plans/{id}/focus-areas/new")
    String newFocusArea(@PathVariable long id, Model model, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(id);
        return focusAreaForm(model, plan, FocusAreaForm.empty(plan.classification().name()), Map.of(), locale);
    }

    @PostMapping("/plans/{id}/focus-areas/new")
    String addFocusArea(@PathVariable long id, @ModelAttribute FocusAreaForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        requireEditor();
        PlanView plan = plans.getPlan(id);
        try {
            FocusAreaView focusArea = plans.addFocusArea(id, form.toInput());
            redirect.addFlashAttribute("notice", pages.text("plans.notice.focusAreaAdded", locale));
            return "redirect:/plans/" + id + "#focus-area-" + focusArea.id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return focusAreaForm(model, plan, form, pages.errors(e, FocusAreaForm.class, locale), locale);
        }
    }

    private String focusAreaForm(Model model, PlanView plan, FocusAreaForm form, Map<String, String> errors, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phenomena", pages.listPhenomena());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("organisations", pages.organisationChoices(locale));
        model.addAttribute("bodies", pages.bodyChoices(locale));
        return "plans/focus-area-form";
    }

    private void requireEditor() {
        if (!plans.mayEditPlans()) {
            throw new Forbidden("Only coordinators edit plans.");
        }
    }
}
