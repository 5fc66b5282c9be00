package fi.turvaverkko.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Commands;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.platform.Enums;

/**
 * The JSON bodies of the plans API. Enumerations are strings so that a wrong one gets a 400 that names the field;
 * organisations and bodies are given by their codes.
 */
final class PlanApiRequests {

    private PlanApiRequests() {
    }

    static <E extends Enum<E>> E optional(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : Enums.parse(type, field, value);
    }

    /** A classification and, for RESTRICTED, the organisations and bodies (codes) it is shared with. */
    record SharingRequest(String classification, Set<String> organisations, Set<String> bodies) {
        Commands.Sharing toSharing() {
            return new Commands.Sharing(optional(Classification.class, "classification", classification), organisations, bodies);
        }
    }

    static Commands.Sharing sharing(String classification, SharingRequest sharedWith) {
        return new Commands.Sharing(optional(Classification.class, "classification", classification),
                sharedWith == null ? Set.of() : sharedWith.organisations(), sharedWith == null ? Set.of() : sharedWith.bodies());
    }

    record PlanRequest(String level, String municipality, String areaCode, String title, String titleSv, String titleEn,
            String description, LocalDate periodStart, LocalDate periodEnd, String ownerBody, String cadence, List<String> nationalGoals,
            String classification, SharingRequest sharedWith, Integer version) {
        Commands.PlanInput toInput() {
            return new Commands.PlanInput(optional(PlanLevel.class, "level", level), municipality, areaCode, title, titleSv, titleEn,
                    description, periodStart, periodEnd, ownerBody, optional(Cadence.class, "cadence", cadence), nationalGoals,
                    sharing(classification, sharedWith));
        }
    }

    record PlanStateRequest(String state, String decisionReference) {
    }

    record FocusAreaRequest(String title, String titleSv, String titleEn, String rationale, Set<String> phenomena, Set<Long> snapshots,
            String classification, SharingRequest sharedWith) {
        Commands.FocusAreaInput toInput() {
            return new Commands.FocusAreaInput(title, titleSv, titleEn, rationale, phenomena, snapshots, sharing(classification, sharedWith));
        }
    }

    record ActionRequest(Long focusAreaId, String title, String titleSv, String titleEn, String description,
            String responsibleOrganisation, Set<String> partners, Set<String> areas, LocalDate startsOn, LocalDate endsOn, String state,
            Integer progress, Integer budgetYear, String classification, SharingRequest sharedWith, Integer version) {
        Commands.ActionInput toInput() {
            if (focusAreaId == null) {
                throw new fi.turvaverkko.platform.InvalidInput("focusAreaId", "plans.invalid.focus-area-missing", "focusAreaId is required.");
            }
            return new Commands.ActionInput(focusAreaId, title, titleSv, titleEn, description, responsibleOrganisation, partners, areas,
                    startsOn, endsOn, optional(ActionState.class, "state", state), progress, budgetYear, sharing(classification, sharedWith));
        }
    }

    record ProgressRequest(String period, String state, Integer progress, String narrative, String nextSteps) {
        Commands.ProgressInput toInput() {
            return new Commands.ProgressInput(period, optional(ActionState.class, "state", state), progress, narrative, nextSteps);
        }
    }

    record CommentRequest(String text) {
    }

    record MilestoneRequest(String title, LocalDate dueOn) {
    }

    record MilestoneDoneRequest(LocalDate doneOn) {
    }

    record IndicatorRequest(Long planId, Long focusAreaId, Long actionId, String name, String nameSv, String nameEn, String unit,
            String direction, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
            String source, Set<String> phenomena, String areaCode, String period) {
        Commands.IndicatorInput toInput() {
            if (planId == null) {
                throw new fi.turvaverkko.platform.InvalidInput("planId", "plans.invalid.plan-missing", "planId is required.");
            }
            return new Commands.IndicatorInput(planId, focusAreaId, actionId, name, nameSv, nameEn, unit,
                    optional(Direction.class, "direction", direction), baselineValue, baselineDate, targetValue, targetDate,
                    optional(IndicatorSource.class, "source", source), phenomena, areaCode, optional(Cadence.class, "period", period));
        }
    }

    record ValueRequest(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String note) {
        Commands.ValueInput toInput() {
            return new Commands.ValueInput(periodStart, periodEnd, value, note);
        }
    }
}
