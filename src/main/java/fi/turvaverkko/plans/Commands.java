package fi.turvaverkko.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.turvaverkko.access.Classification;

/**
 * What people ask the plans module to do. Organisations and bodies are named by their stable codes (as in the API and the
 * CSV files); areas by their codes; phenomena by their codes. Nulls mean "not given"; the rules in {@link Plans} say what
 * is required.
 */
public final class Commands {

    private Commands() {
    }

    /** A classification and, for RESTRICTED, the organisations and bodies (codes) it is shared with. */
    public record Sharing(Classification classification, Set<String> organisations, Set<String> bodies) {
        public Sharing {
            organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
            bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        }

        public static Sharing of(Classification classification) {
            return new Sharing(classification, Set.of(), Set.of());
        }
    }

    public record PlanInput(PlanLevel level, String municipality, String areaCode, String title, String titleSv, String titleEn,
            String description, LocalDate periodStart, LocalDate periodEnd, String ownerBody, Cadence cadence,
            List<String> nationalGoals, Sharing sharing) {
        public PlanInput {
            nationalGoals = nationalGoals == null ? List.of() : List.copyOf(nationalGoals);
        }
    }

    public record FocusAreaInput(String title, String titleSv, String titleEn, String rationale, Set<String> phenomena,
            Set<Long> snapshots, Sharing sharing) {
        public FocusAreaInput {
            phenomena = phenomena == null ? Set.of() : Set.copyOf(phenomena);
            snapshots = snapshots == null ? Set.of() : Set.copyOf(snapshots);
        }
    }

    /**
     * An action. {@code areas} empty means city-wide. {@code state} and {@code progress} are given when an action is
     * created or imported; afterwards they change through progress reports (or a coordinator's edit).
     */
    public record ActionInput(long focusAreaId, String title, String titleSv, String titleEn, String description,
            String responsibleOrganisation, Set<String> partners, Set<String> areas, LocalDate startsOn, LocalDate endsOn,
            ActionState state, Integer progress, Integer budgetYear, Sharing sharing) {
        public ActionInput {
            partners = partners == null ? Set.of() : Set.copyOf(partners);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }
    }

    /** One row of a bulk change: a new action (id null) or a change of action {@code id} (version null: not checked). */
    public record ActionRow(Long id, Integer version, ActionInput input) {
    }

    /** One row of a bulk progress report. */
    public record ReportRow(long actionId, ProgressInput input) {
    }

    /** A progress report for one period of the plan's cadence (null: the earliest period not yet reported, else the current). */
    public record ProgressInput(String period, ActionState state, Integer progress, String narrative, String nextSteps) {
    }

    public record MilestoneInput(String title, LocalDate dueOn) {
    }

    /**
     * An indicator of a plan, of one of its focus areas or of one of its actions. For {@link IndicatorSource#SIGNALS}:
     * the phenomena counted, the area (null: the plan's area or municipality), the period of each value, and the
     * baseline date from which values are counted.
     */
    public record IndicatorInput(long planId, Long focusAreaId, Long actionId, String name, String nameSv, String nameEn,
            String unit, Direction direction, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
            LocalDate targetDate, IndicatorSource source, Set<String> phenomena, String areaCode, Cadence period) {
        public IndicatorInput {
            phenomena = phenomena == null ? Set.of() : Set.copyOf(phenomena);
        }
    }

    /** An actual value of a hand-entered indicator for a period (a day when both ends are the same). */
    public record ValueInput(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String note) {
    }
}
