package fi.turvaverkko.plans.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.DueReport;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.Csv;

/**
 * The progress reports of a plan as CSV (format: docs/plans-csv.md). A report is history: a row with the id of a report
 * re-imports unchanged (it is skipped), a row without an id is a new report. The file of the reports due has a row per
 * report owed, for the reporter to fill in the narrative.
 */
final class ProgressCsv {

    static final String ID = "id";
    static final String ACTION_ID = "action_id";
    static final String ACTION_TITLE = "action_title";
    static final String PERIOD = "period";
    static final String STATE = "state";
    static final String PROGRESS = "progress";
    static final String NARRATIVE = "narrative";
    static final String NEXT_STEPS = "next_steps";
    static final String ORGANISATION = "organisation";
    static final String REPORTED_BY = "reported_by";
    static final String REPORTED_AT = "reported_at";

    static final List<String> COLUMNS = List.of(ID, ACTION_ID, PERIOD, STATE, PROGRESS, NARRATIVE, NEXT_STEPS);
    static final Set<String> READ_ONLY = Set.of(ACTION_TITLE, ORGANISATION, REPORTED_BY, REPORTED_AT);
    static final Set<String> REQUIRED = Set.of(ACTION_ID, NARRATIVE);

    private static final String HEADER = String.join(",", ID, ACTION_ID, ACTION_TITLE, PERIOD, STATE, PROGRESS, NARRATIVE, NEXT_STEPS,
            ORGANISATION, REPORTED_BY, REPORTED_AT) + "\r\n";

    static final Map<String, String> COLUMN_OF_FIELD = Map.of("actionId", ACTION_ID, "action", ACTION_ID, "period", PERIOD,
            "state", STATE, "progress", PROGRESS, "narrative", NARRATIVE, "nextSteps", NEXT_STEPS);

    private ProgressCsv() {
    }

    static String column(String field) {
        if (field == null) {
            return null;
        }
        String column = COLUMN_OF_FIELD.get(field);
        if (column != null) {
            return column;
        }
        int dot = field.lastIndexOf('.');
        return dot >= 0 ? column(field.substring(dot + 1)) : field;
    }

    static byte[] write(List<ProgressReportView> reports, Map<Long, ActionView> actions, Map<Long, String> codes) {
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK).append(HEADER);
        for (ProgressReportView r : reports) {
            ActionView action = actions.get(r.actionId());
            out.append(r.id()).append(',').append(r.actionId()).append(',').append(CsvCells.quote(action == null ? null : action.title()))
                    .append(',').append(r.period().code()).append(',').append(r.state()).append(',').append(r.progress()).append(',')
                    .append(CsvCells.quote(r.narrative())).append(',').append(CsvCells.quote(r.nextSteps())).append(',')
                    .append(CsvCells.quote(r.organisationId() == null ? null : ActionCsv.code(codes, r.organisationId()))).append(',')
                    .append(CsvCells.quote(r.reportedByName())).append(',').append(CsvCells.plain(r.reportedAt())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A row per report due: the action, the period, its state and progress now, and empty narrative and next steps. */
    static byte[] writeDue(List<DueReport> due, Map<Long, String> codes) {
        StringBuilder out = new StringBuilder(Csv.BYTE_ORDER_MARK).append(HEADER);
        for (DueReport d : due) {
            ActionView a = d.action();
            out.append(',').append(a.id()).append(',').append(CsvCells.quote(a.title())).append(',').append(d.period().code()).append(',')
                    .append(a.state()).append(',').append(a.progress()).append(",,,")
                    .append(CsvCells.quote(ActionCsv.code(codes, a.responsibleOrganisationId()))).append(",,").append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
