package fi.turvaverkko.plans;

import java.util.Set;

/**
 * Which actions to list: of a plan, a focus area, an organisation (responsible or partner), in some states, only those
 * with an overdue report. Nulls and empty sets do not filter.
 */
public record ActionFilter(Long planId, Long focusAreaId, Long organisationId, Set<ActionState> states, boolean overdueOnly) {

    public ActionFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static ActionFilter ofPlan(long planId) {
        return new ActionFilter(planId, null, null, Set.of(), false);
    }
}
