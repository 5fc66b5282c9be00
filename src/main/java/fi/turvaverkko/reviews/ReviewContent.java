package fi.turvaverkko.reviews;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.ActionState;

/**
 * What the system compiled for a review, as the coordinator who compiled it could see it, with names already in the
 * review's language. Stored as JSON with the review; frozen when the review is published. Counts from the snapshot are
 * given as shown ({@code "12"}, {@code "<5"}) under the snapshot's disclosure control.
 */
public record ReviewContent(Instant compiledAt, String compiledBy, LocalDate compiledOn, Instant changesSince, boolean sinceLastReview,
        PlanPart plan, Progress progress, List<IndicatorPart> indicators, SnapshotPart snapshot, List<TaskLine> tasks,
        int tasksOmitted, List<ActionLine> actions, List<RestrictedItem> restricted) {

    public ReviewContent {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        actions = actions == null ? List.of() : List.copyOf(actions);
        restricted = restricted == null ? List.of() : List.copyOf(restricted);
    }

    public record PlanPart(long id, String title, String level, LocalDate periodStart, LocalDate periodEnd, String state,
            String decisionReference, String ownerBody, String cadence, Classification classification) {
    }

    /** The actions of the plan: by state, by focus area, those with an overdue report, those that need attention, changes. */
    public record Progress(int total, List<StateCount> byState, int averageProgress, List<FocusAreaLine> focusAreas,
            List<ActionLine> overdue, List<AttentionLine> attention, List<ChangeLine> changes, int changesOmitted) {
    }

    public record StateCount(ActionState state, int count) {
    }

    public record FocusAreaLine(long id, String title, int actions, int completed, int delayed, int overdue, int averageProgress) {
    }

    public record ActionLine(long id, String title, String focusArea, String responsible, ActionState state, int progress,
            LocalDate startsOn, LocalDate endsOn, LocalDate reportedUntil, boolean overdue, Classification classification) {
    }

    /** An action on the expert group's escalation list, with the reasons (plans' {@code EscalationReason} names). */
    public record AttentionLine(long actionId, String title, String responsible, ActionState state, int progress, List<String> reasons) {
    }

    /** An action whose state or progress changed since the last review: how many times, and where it stands now. */
    public record ChangeLine(long actionId, String title, Instant lastChangedAt, ActionState state, int progress, int changes) {
    }

    public record IndicatorPart(long id, String name, String unit, String direction, String source, String scope,
            BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, List<ValuePoint> values,
            String standing, boolean includesRestricted) {

        public ValuePoint latest() {
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).shown() != null) {
                    return values.get(i);
                }
            }
            return null;
        }
    }

    /** One actual value; {@code value} null when it is withheld under disclosure control ({@code shown} then says "<5"). */
    public record ValuePoint(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String shown) {
    }

    /** The highlights of a published situational picture: where the counts are, what is emerging, the hot spots. */
    public record SnapshotPart(long id, String title, LocalDate from, LocalDate to, Classification classification, String level,
            String municipality, Instant publishedAt, String total, List<AreaCount> areas, List<PhenomenonCount> phenomena,
            List<EmergingLine> emerging, List<HotSpotLine> hotSpots) {
    }

    public record AreaCount(String code, String name, long lowerBound, String shown) {
    }

    public record PhenomenonCount(String code, String name, long lowerBound, String shown) {
    }

    public record EmergingLine(String areaCode, String area, String phenomenon, String observed, double expected, double qValue) {
    }

    public record HotSpotLine(String areaCode, String area, String phenomenon, String observed, double z) {
    }

    public record TaskLine(long id, String body, String title, String assignee, LocalDate dueDate, String status, boolean overdue,
            Classification classification) {
    }

    /** Content that makes the review RESTRICTED: its kind (plan, action, indicator, snapshot, task) and id. */
    public record RestrictedItem(String kind, long id, String label) {
    }
}
