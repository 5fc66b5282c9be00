package fi.turvaverkko.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fi.turvaverkko.access.Classification;

/** What the plans module shows. Organisations and bodies are given by id and code; pages look up their names. */
public final class Views {

    private Views() {
    }

    static String inLanguage(Locale locale, String fi, String sv, String en) {
        String language = locale == null ? "fi" : locale.getLanguage();
        if ("sv".equals(language) && sv != null && !sv.isBlank()) {
            return sv;
        }
        if ("en".equals(language) && en != null && !en.isBlank()) {
            return en;
        }
        return fi;
    }

    public record PlanView(long id, PlanLevel level, String municipality, String areaCode, String title, String titleSv,
            String titleEn, String description, LocalDate periodStart, LocalDate periodEnd, Long ownerBodyId, PlanState state,
            String decisionReference, Cadence cadence, List<String> nationalGoals, Classification classification,
            Long ownerOrganisationId, boolean demo, int version, Instant updatedAt) {

        public String title(Locale locale) {
            return inLanguage(locale, title, titleSv, titleEn);
        }
    }

    public record FocusAreaView(long id, long planId, int position, String title, String titleSv, String titleEn,
            String rationale, Classification classification, List<String> phenomena, List<Long> snapshots) {

        public String title(Locale locale) {
            return inLanguage(locale, title, titleSv, titleEn);
        }
    }

    /**
     * An action. {@code reportedUntil} is the end of the latest period reported on (null: never reported);
     * {@code overdue} whether a report for an ended period is missing past the grace days.
     */
    public record ActionView(long id, long planId, long focusAreaId, String title, String titleSv, String titleEn,
            String description, long responsibleOrganisationId, List<Long> partnerOrganisationIds, boolean cityWide,
            List<String> areas, LocalDate startsOn, LocalDate endsOn, ActionState state, int progress, Integer budgetYear,
            Classification classification, boolean demo, int version, Instant updatedAt, LocalDate reportedUntil,
            boolean overdue) {

        public String title(Locale locale) {
            return inLanguage(locale, title, titleSv, titleEn);
        }
    }

    public record MilestoneView(long id, long actionId, String title, LocalDate dueOn, LocalDate doneOn) {
        public boolean late(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }

    public record CommentView(long id, long reportId, Long organisationId, String text, String writtenByName, Instant writtenAt) {
    }

    public record ProgressReportView(long id, long actionId, ReportingPeriod period, ActionState state, int progress,
            String narrative, String nextSteps, Long organisationId, String reportedByName, Instant reportedAt,
            List<CommentView> comments) {
    }

    /** A change of an action's state or progress. */
    public record ActionChange(long actionId, Instant changedAt, ActionState state, int progress, String changedBy) {
    }

    public record IndicatorView(long id, long planId, Long focusAreaId, Long actionId, String name, String nameSv, String nameEn,
            String unit, Direction direction, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
            LocalDate targetDate, IndicatorSource source, List<String> phenomena, String areaCode, Cadence period) {

        public String name(Locale locale) {
            return inLanguage(locale, name, nameSv, nameEn);
        }
    }

    /**
     * One actual value of an indicator. For a value computed from signals, {@code value} is null when disclosure control
     * withholds it from this reader and {@code shown} is then {@code "<5"} or {@code "3 + <5"}; {@code includesRestricted}
     * tells that it counts signals the reader may not see one by one.
     */
    public record IndicatorValue(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String shown, boolean computed,
            boolean includesRestricted, String note) {
    }

    /** An indicator with its values and where it stands against its target. */
    public record IndicatorSeries(IndicatorView indicator, List<IndicatorValue> values, Standing standing) {
    }

    /** Whether the latest value has reached the target, is better than the baseline, or is not (or nothing to say yet). */
    public enum Standing {
        TARGET_REACHED, IMPROVING, NOT_IMPROVING, NO_DATA
    }

    public record ActionDetail(ActionView action, PlanView plan, FocusAreaView focusArea, List<MilestoneView> milestones,
            List<IndicatorSeries> indicators, List<ProgressReportView> reports, List<ActionChange> history) {
    }

    /** A progress report that an organisation owes: due (the period is running or just ended) or overdue. */
    public record DueReport(ActionView action, PlanView plan, ReportingPeriod period, LocalDate dueOn, boolean overdue) {
    }

    /** Why an action is on the expert group's escalation list. */
    public enum EscalationReason {
        DELAYED, REPORT_OVERDUE, BEHIND_SCHEDULE, MILESTONE_LATE, PAST_END
    }

    public record Escalation(ActionView action, List<EscalationReason> reasons) {
    }

    /** The evidence behind an action: its focus area's phenomena and snapshots, and the indicators. */
    public record Evidence(ActionView action, FocusAreaView focusArea, List<String> phenomena, List<Long> snapshots,
            List<IndicatorSeries> indicators) {
    }

    /**
     * The signals of the action's focus-area phenomena in its scope, month by month, from a year before it started to
     * now, with its indicators' values over the same months: one chart of before and after.
     */
    public record BeforeAfter(ActionView action, LocalDate startsOn, List<MonthCount> signals, List<IndicatorSeries> indicators) {
    }

    public record MonthCount(LocalDate month, Long value, String shown) {
    }

    /** An action that addresses a phenomenon (through its focus area) in an area (city-wide or within its scope). */
    public record Addressing(ActionView action, PlanView plan, FocusAreaView focusArea) {
    }
}
