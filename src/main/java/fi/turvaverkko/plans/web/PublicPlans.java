package fi.turvaverkko.plans.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.NotFound;

/**
 * What residents may see of the plans, whoever reads (signed in or not): PUBLIC plans, their PUBLIC focus areas and the
 * PUBLIC actions in them with their progress. Everything comes from the plans module's public reads, never from the
 * reader's own view, so a coordinator looking at the public page sees what a resident sees.
 */
@Component
class PublicPlans {

    private final Plans plans;
    private final Organisations organisations;
    private final Areas areas;

    PublicPlans(Plans plans, Organisations organisations, Areas areas) {
        this.plans = plans;
        this.organisations = organisations;
        this.areas = areas;
    }

    /** A public plan with its public focus areas, each with its public actions. */
    record PublicPlan(PlanView plan, List<PublicFocusArea> focusAreas) {
        public List<ActionView> actions() {
            return focusAreas.stream().flatMap(f -> f.actions().stream()).toList();
        }

        /** How many actions are in each state (all states, in their order). */
        public Map<ActionState, Long> byState() {
            Map<ActionState, Long> counts = new EnumMap<>(ActionState.class);
            for (ActionState s : ActionState.values()) {
                counts.put(s, 0L);
            }
            actions().forEach(a -> counts.merge(a.state(), 1L, Long::sum));
            return counts;
        }

        /** The mean progress of the actions that are not cancelled, rounded; 0 when there are none. */
        public int meanProgress() {
            return (int) Math.round(actions().stream().filter(a -> a.state() != ActionState.CANCELLED).mapToInt(ActionView::progress)
                    .average().orElse(0));
        }
    }

    record PublicFocusArea(FocusAreaView focusArea, List<ActionView> actions) {
    }

    List<PlanView> listPlans() {
        return plans.listPublicPlans();
    }

    /** Every public plan with its content (the open data). */
    List<PublicPlan> listPlansWithContent() {
        return listPlans().stream().map(this::content).toList();
    }

    /** A public plan with its content; 404 when there is no such PUBLIC plan. */
    PublicPlan getPlan(long id) {
        PlanView plan = listPlans().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no public plan " + id + "."));
        return content(plan);
    }

    private PublicPlan content(PlanView plan) {
        List<FocusAreaView> focusAreas = plans.listPublicFocusAreas(plan.id()).stream()
                .sorted(Comparator.comparingInt(FocusAreaView::position)).toList();
        Map<Long, List<ActionView>> actions = new LinkedHashMap<>();
        for (ActionView a : plans.listPublicActions(plan.id())) {
            actions.computeIfAbsent(a.focusAreaId(), k -> new ArrayList<>()).add(a);
        }
        return new PublicPlan(plan, focusAreas.stream().map(f -> new PublicFocusArea(f, actions.getOrDefault(f.id(), List.of()))).toList());
    }

    /**
     * The progress reports of a public action, newest first (what was done, without the names of the people who wrote
     * them or the partners' comments). Empty when the plans module does not give them to this reader.
     */
    List<ProgressReportView> listReports(ActionView action) {
        try {
            return plans.listReports(action.id()).stream().sorted(Comparator.comparing(ProgressReportView::reportedAt).reversed()).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    Map<Long, Organisation> organisations() {
        Map<Long, Organisation> byId = new HashMap<>();
        organisations.listOrganisations().forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    Map<Long, String> organisationCodes() {
        Map<Long, String> codes = new HashMap<>();
        organisations.organisationsByCode().forEach((code, o) -> codes.put(o.id(), code));
        return codes;
    }

    Map<Long, Body> bodies() {
        Map<Long, Body> byId = new HashMap<>();
        organisations.listBodies().forEach(b -> byId.put(b.id(), b));
        return byId;
    }

    Map<Long, String> bodyCodes() {
        Map<Long, String> codes = new HashMap<>();
        organisations.bodiesByCode().forEach((code, b) -> codes.put(b.id(), code));
        return codes;
    }

    /** The areas named by the actions' scopes (and the plans' areas), by code. */
    Map<String, Area> areas(List<PublicPlan> content) {
        Map<String, Area> byCode = new HashMap<>();
        for (PublicPlan p : content) {
            if (p.plan().areaCode() != null) {
                find(p.plan().areaCode()).ifPresent(a -> byCode.put(a.code(), a));
            }
            for (ActionView a : p.actions()) {
                for (String code : a.areas()) {
                    if (!byCode.containsKey(code)) {
                        find(code).ifPresent(area -> byCode.put(code, area));
                    }
                }
            }
        }
        return byCode;
    }

    private Optional<Area> find(String code) {
        try {
            return areas.findArea(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
