package fi.turvaverkko.plans.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Commands.ActionInput;
import fi.turvaverkko.plans.Commands.ActionRow;
import fi.turvaverkko.plans.Commands.ProgressInput;
import fi.turvaverkko.plans.Commands.ReportRow;
import fi.turvaverkko.plans.Commands.Sharing;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.ProgressReportView;
import fi.turvaverkko.platform.Conflict;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/**
 * Exports and imports the CSV files of a plan. Imports: every row is read and checked first (the cells here, the rules by
 * {@link Plans#checkAction} and {@link Plans#checkProgress}); if any row is bad the report names each one and nothing is
 * saved; otherwise all rows are saved in one transaction ({@link Plans#saveActions}, {@link Plans#saveReports}).
 */
@Component
class PlanCsv {

    private final Plans plans;
    private final Organisations organisations;
    private final JdbcClient db;

    PlanCsv(Plans plans, Organisations organisations, JdbcClient db) {
        this.plans = plans;
        this.organisations = organisations;
        this.db = db;
    }

    /** Organisation ids → codes (active organisations). */
    Map<Long, String> organisationCodes() {
        Map<Long, String> codes = new HashMap<>();
        organisations.organisationsByCode().forEach((code, o) -> codes.put(o.id(), code));
        return codes;
    }

    /**
     * The codes of the organisations and bodies each RESTRICTED action is shared with (its partners read it anyway). The
     * views of the plans module do not carry the sharing list, so the export reads it from the module's own table.
     */
    Function<ActionView, List<String>> sharedWith(List<ActionView> actions) {
        List<Long> restricted = actions.stream().filter(a -> a.classification() == Classification.RESTRICTED).map(ActionView::id).toList();
        if (restricted.isEmpty()) {
            return a -> List.of();
        }
        Map<Long, String> organisationCodes = organisationCodes();
        Map<Long, String> bodyCodes = new HashMap<>();
        organisations.bodiesByCode().forEach((code, b) -> bodyCodes.put(b.id(), code));
        Map<Long, List<String>> shares = new HashMap<>();
        db.sql("select action_id, organisation_id, body_id from plans.action_share where action_id = any(:ids) "
                + "order by action_id, organisation_id nulls last, body_id").param("ids", restricted.toArray(Long[]::new))
                .query((rs, n) -> {
                    long action = rs.getLong(1);
                    long organisation = rs.getLong(2);
                    String code = rs.wasNull() ? bodyCodes.get(rs.getLong(3)) : organisationCodes.get(organisation);
                    if (code != null) {
                        shares.computeIfAbsent(action, k -> new ArrayList<>()).add(code);
                    }
                    return action;
                }).list();
        return a -> shares.getOrDefault(a.id(), List.of());
    }

    // export ------------------------------------------------------------------------------------------------------------

    byte[] exportActions(long planId) {
        plans.getPlan(planId);
        List<ActionView> actions = plans.listActions(ActionFilter.ofPlan(planId));
        return ActionCsv.write(actions, plans.listFocusAreas(planId), organisationCodes(), sharedWith(actions));
    }

    /** The reports of the plan (of the period, when one is given), or with {@code due} a row per report due. */
    byte[] exportReports(long planId, boolean due, String period) {
        var plan = plans.getPlan(planId);
        if (due) {
            return ProgressCsv.writeDue(plans.listDueReports(null).stream().filter(d -> d.action().planId() == planId).toList(),
                    organisationCodes());
        }
        var reportingPeriod = period == null || period.isBlank() ? null : ReportingPeriod.parse(plan.cadence(), period, "period");
        Map<Long, ActionView> actions = plans.listActions(ActionFilter.ofPlan(planId)).stream()
                .collect(Collectors.toMap(ActionView::id, a -> a));
        return ProgressCsv.write(plans.listReportsOfPlan(planId, reportingPeriod), actions, organisationCodes());
    }

    // actions -----------------------------------------------------------------------------------------------------------

    CsvImportReport importActions(long planId, InputStream input) throws IOException {
        plans.getPlan(planId);
        if (!plans.mayEditPlans()) {
            throw new Forbidden("Only coordinators import the actions of a plan.");
        }
        List<CsvImportReport.Problem> problems = new ArrayList<>();
        CsvSheet sheet = CsvSheet.read(input, ActionCsv.COLUMNS, ActionCsv.READ_ONLY, Set.of(), problems);
        if (!problems.isEmpty() && problems.getFirst().row() == 0) {
            return CsvImportReport.refused("actions", sheet.rowCount, problems);
        }
        Map<Long, FocusAreaView> focusAreas = plans.listFocusAreas(planId).stream()
                .collect(Collectors.toMap(FocusAreaView::id, f -> f));
        List<ActionView> visible = plans.listActions(ActionFilter.ofPlan(planId));
        Map<Long, ActionView> existing = visible.stream().collect(Collectors.toMap(ActionView::id, a -> a));
        Map<Long, String> codes = organisationCodes();
        Function<ActionView, List<String>> shares = sharedWith(visible);
        Map<String, Long> bodies = new HashMap<>();
        organisations.bodiesByCode().forEach((code, b) -> bodies.put(code, b.id()));

        Map<Long, Long> rowOfAction = new HashMap<>();
        List<ActionRow> changes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CsvSheet.Row row : sheet.rows) {
            Cells cells = new Cells(row, problems);
            Long id = cells.read(ActionCsv.ID, CsvCells::id, null);
            ActionView base = null;
            if (id != null) {
                base = existing.get(id);
                if (base == null) {
                    cells.problem(ActionCsv.ID, "plans.bulk.action.not-in-plan", "There is no action " + id + " in this plan that you may see.", id);
                    continue;
                }
                Long earlier = rowOfAction.putIfAbsent(id, row.number());
                if (earlier != null) {
                    cells.problem(ActionCsv.ID, "plans.bulk.action.twice", "Row " + earlier + " already changes action " + id + ".", id, earlier);
                    continue;
                }
            }
            Integer version = id == null ? null : cells.read(ActionCsv.VERSION, CsvCells::whole, null);
            if (version != null && version != base.version()) {
                cells.problem(ActionCsv.VERSION, "plans.bulk.action.changed", "Action " + id + " has been changed since the file was made"
                        + " (version " + version + ", now " + base.version() + "): export the actions again and make the change there.",
                        id, version, base.version());
            }
            ActionInput was = base == null ? null : inputOf(base, codes, shares.apply(base), bodies);
            Long focusAreaId = cells.read(ActionCsv.FOCUS_AREA_ID, CsvCells::id, was == null ? null : was.focusAreaId());
            if (focusAreaId == null) {
                cells.problem(ActionCsv.FOCUS_AREA_ID, "plans.bulk.focus-area.missing", "Say the focus area (focus_area_id) of a new action.");
            } else if (!focusAreas.containsKey(focusAreaId)) {
                cells.problem(ActionCsv.FOCUS_AREA_ID, "plans.bulk.focus-area.not-in-plan", "There is no focus area " + focusAreaId
                        + " in this plan.", focusAreaId);
            }
            String title = cells.read(ActionCsv.TITLE, CsvCells::text, was == null ? null : was.title());
            String titleSv = cells.read(ActionCsv.TITLE_SV, CsvCells::text, was == null ? null : was.titleSv());
            String titleEn = cells.read(ActionCsv.TITLE_EN, CsvCells::text, was == null ? null : was.titleEn());
            String description = cells.read(ActionCsv.DESCRIPTION, CsvCells::text, was == null ? null : was.description());
            String responsible = cells.read(ActionCsv.RESPONSIBLE, CsvCells::text, was == null ? null : was.responsibleOrganisation());
            Set<String> partners = cells.read(ActionCsv.PARTNERS, CsvCells::codes, was == null ? Set.of() : was.partners());
            Set<String> areas = cells.read(ActionCsv.AREAS, CsvCells::codes, was == null ? Set.of() : was.areas());
            var startsOn = cells.read(ActionCsv.STARTS_ON, CsvCells::date, was == null ? null : was.startsOn());
            var endsOn = cells.read(ActionCsv.ENDS_ON, CsvCells::date, was == null ? null : was.endsOn());
            ActionState state = cells.read(ActionCsv.STATE, c -> CsvCells.constant(ActionState.class, c), was == null ? null : was.state());
            Integer progress = cells.read(ActionCsv.PROGRESS, CsvCells::whole, was == null ? null : was.progress());
            Integer budgetYear = cells.read(ActionCsv.BUDGET_YEAR, CsvCells::whole, was == null ? null : was.budgetYear());
            Classification classification = cells.read(ActionCsv.CLASSIFICATION, c -> CsvCells.constant(Classification.class, c),
                    was == null ? null : was.sharing().classification());
            Set<String> sharedWith = cells.read(ActionCsv.SHARED_WITH, CsvCells::codes, was == null ? Set.of() : sharedCodes(was.sharing()));
            if (cells.failed()) {
                continue;
            }
            Sharing sharing = sharing(classification, sharedWith, bodies);
            ActionInput action = new ActionInput(focusAreaId, title, titleSv, titleEn, description, responsible, partners, areas, startsOn,
                    endsOn, state, progress, budgetYear, sharing);
            if (action.equals(was)) {
                unchanged++;
                continue;
            }
            try {
                plans.checkAction(action);
            } catch (InvalidInput e) {
                cells.problem(ActionCsv.column(e.field()), e);
                continue;
            } catch (Conflict | Forbidden | NotFound e) {
                cells.problem(null, e);
                continue;
            }
            changes.add(new ActionRow(id, version, action));
            if (id == null) {
                created++;
            } else {
                updated++;
            }
        }
        if (problems.isEmpty() && sheet.rowCount == 0) {
            problems.add(new CsvImportReport.Problem(0, 1, null, "plans.bulk.no-rows", new Object[0], "The file has no rows under its header."));
        }
        if (!problems.isEmpty()) {
            return CsvImportReport.refused("actions", sheet.rowCount, problems);
        }
        if (!changes.isEmpty()) {
            try {
                plans.saveActions(changes);
            } catch (InvalidInput | Conflict | Forbidden | NotFound e) {
                return CsvImportReport.refused("actions", sheet.rowCount, List.of(problem(0, 0, null, e)));
            }
        }
        return new CsvImportReport("actions", sheet.rowCount, created, updated, unchanged, true, List.of(), false);
    }

    /** What an action is now, as an import row that changes nothing would give it. */
    private static ActionInput inputOf(ActionView a, Map<Long, String> codes, List<String> sharedWith, Map<String, Long> bodies) {
        Set<String> partners = a.partnerOrganisationIds().stream().map(id -> ActionCsv.code(codes, id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> areas = a.cityWide() ? Set.of() : Set.copyOf(a.areas());
        return new ActionInput(a.focusAreaId(), a.title(), a.titleSv(), a.titleEn(), a.description(),
                ActionCsv.code(codes, a.responsibleOrganisationId()), partners, areas, a.startsOn(), a.endsOn(), a.state(), a.progress(),
                a.budgetYear(), sharing(a.classification(), Set.copyOf(sharedWith), bodies));
    }

    /** A sharing list names organisations and bodies by their codes; a code that is not a body's is an organisation's. */
    private static Sharing sharing(Classification classification, Set<String> sharedWith, Map<String, Long> bodies) {
        Set<String> organisationCodes = sharedWith.stream().filter(c -> !bodies.containsKey(c)).collect(Collectors.toSet());
        Set<String> bodyCodes = sharedWith.stream().filter(bodies::containsKey).collect(Collectors.toSet());
        return new Sharing(classification, organisationCodes, bodyCodes);
    }

    private static Set<String> sharedCodes(Sharing sharing) {
        Set<String> all = new LinkedHashSet<>(sharing.organisations());
        all.addAll(sharing.bodies());
        return all;
    }

    // progress reports --------------------------------------------------------------------------------------------------

    CsvImportReport importReports(long planId, InputStream input) throws IOException {
        plans.getPlan(planId);
        if (plans.reader().isEmpty()) {
            throw new Forbidden("Sign in to report progress.");
        }
        List<CsvImportReport.Problem> problems = new ArrayList<>();
        CsvSheet sheet = CsvSheet.read(input, ProgressCsv.COLUMNS, ProgressCsv.READ_ONLY, ProgressCsv.REQUIRED, problems);
        if (!problems.isEmpty() && problems.getFirst().row() == 0) {
            return CsvImportReport.refused("progress-reports", sheet.rowCount, problems);
        }
        Map<Long, ActionView> actions = plans.listActions(ActionFilter.ofPlan(planId)).stream()
                .collect(Collectors.toMap(ActionView::id, a -> a));
        Map<Long, ProgressReportView> reports = sheet.rows.stream().anyMatch(r -> CsvCells.text(r.get(ProgressCsv.ID)) != null)
                ? plans.listReportsOfPlan(planId, null).stream().collect(Collectors.toMap(ProgressReportView::id, r -> r))
                : Map.of();
        Map<Long, Long> closedInRow = new HashMap<>();
        List<ReportRow> rows = new ArrayList<>();
        int unchanged = 0;
        for (CsvSheet.Row row : sheet.rows) {
            Cells cells = new Cells(row, problems);
            Long id = cells.read(ProgressCsv.ID, CsvCells::id, null);
            Long actionId = cells.read(ProgressCsv.ACTION_ID, CsvCells::id, null);
            String period = cells.read(ProgressCsv.PERIOD, CsvCells::text, null);
            ActionState state = cells.read(ProgressCsv.STATE, c -> CsvCells.constant(ActionState.class, c), null);
            Integer progress = cells.read(ProgressCsv.PROGRESS, CsvCells::whole, null);
            String narrative = cells.read(ProgressCsv.NARRATIVE, CsvCells::text, null);
            String nextSteps = cells.read(ProgressCsv.NEXT_STEPS, CsvCells::text, null);
            if (cells.failed()) {
                continue;
            }
            if (actionId == null) {
                cells.problem(ProgressCsv.ACTION_ID, "plans.bulk.report.action-missing", "Say the action (action_id) the report is about.");
                continue;
            }
            if (!actions.containsKey(actionId)) {
                cells.problem(ProgressCsv.ACTION_ID, "plans.bulk.action.not-in-plan", "There is no action " + actionId
                        + " in this plan that you may see.", actionId);
                continue;
            }
            if (id != null) {
                ProgressReportView was = reports.get(id);
                if (was == null) {
                    cells.problem(ProgressCsv.ID, "plans.bulk.report.unknown", "There is no progress report " + id
                            + " of this plan that you may see; leave the id empty for a new report.", id);
                } else if (was.actionId() == actionId && was.period().code().equals(period == null ? null : period.toUpperCase(java.util.Locale.ROOT))
                        && was.state() == state && Objects.equals(progress, was.progress()) && Objects.equals(narrative, CsvCells.text(was.narrative()))
                        && Objects.equals(nextSteps, CsvCells.text(was.nextSteps()))) {
                    unchanged++;
                } else {
                    cells.problem(ProgressCsv.ID, "plans.bulk.report.history", "Progress report " + id + " is history and does not change:"
                            + " leave the id empty to report again.", id);
                }
                continue;
            }
            Long closedBy = closedInRow.get(actionId);
            if (closedBy != null) {
                cells.problem(ProgressCsv.ACTION_ID, "plans.bulk.report.closed-earlier", "Row " + closedBy + " closes action " + actionId
                        + " (completed or cancelled): no report may follow it.", actionId, closedBy);
                continue;
            }
            ProgressInput report = new ProgressInput(period, state, progress, narrative, nextSteps);
            try {
                plans.checkProgress(actionId, report);
            } catch (InvalidInput e) {
                cells.problem(ProgressCsv.column(e.field()), e);
                continue;
            } catch (Forbidden e) {
                cells.problem(ProgressCsv.ACTION_ID, "plans.bulk.report.forbidden", "You may not report on action " + actionId
                        + ": members of its responsible and partner organisations and coordinators do.", actionId);
                continue;
            } catch (Conflict e) {
                cells.problem(ProgressCsv.STATE, e);
                continue;
            } catch (NotFound e) {
                cells.problem(ProgressCsv.ACTION_ID, e);
                continue;
            }
            if (state != null && state.closed()) {
                closedInRow.put(actionId, row.number());
            }
            rows.add(new ReportRow(actionId, report));
        }
        if (problems.isEmpty() && sheet.rowCount == 0) {
            problems.add(new CsvImportReport.Problem(0, 1, null, "plans.bulk.no-rows", new Object[0], "The file has no rows under its header."));
        }
        if (!problems.isEmpty()) {
            return CsvImportReport.refused("progress-reports", sheet.rowCount, problems);
        }
        if (!rows.isEmpty()) {
            try {
                plans.saveReports(rows);
            } catch (InvalidInput | Conflict | Forbidden | NotFound e) {
                return CsvImportReport.refused("progress-reports", sheet.rowCount, List.of(problem(0, 0, null, e)));
            }
        }
        return new CsvImportReport("progress-reports", sheet.rowCount, rows.size(), 0, unchanged, true, List.of(), false);
    }

    // ---------------------------------------------------------------------------------------------------------------------

    static CsvImportReport.Problem problem(long row, long line, String column, RuntimeException e) {
        String key = switch (e) {
            case InvalidInput invalid -> invalid.messageKey();
            case Conflict conflict -> conflict.messageKey();
            default -> null;
        };
        Object[] arguments = e instanceof InvalidInput invalid ? invalid.arguments() : new Object[0];
        return new CsvImportReport.Problem(row, line, column, key, arguments, e.getMessage());
    }

    /** The cells of one row as they are read, with the problems found in them. */
    private static final class Cells {
        private final CsvSheet.Row row;
        private final List<CsvImportReport.Problem> problems;
        private boolean failed;

        Cells(CsvSheet.Row row, List<CsvImportReport.Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** The cell's value, or {@code otherwise} when the file has no such column. */
        <T> T read(String column, Function<String, T> parse, T otherwise) {
            if (!row.has(column)) {
                return otherwise;
            }
            try {
                return parse.apply(row.get(column));
            } catch (CsvCells.Unreadable e) {
                problem(column, e.messageKey, e.getMessage(), e.arguments);
                return otherwise;
            }
        }

        void problem(String column, String messageKey, String english, Object... arguments) {
            failed = true;
            problems.add(new CsvImportReport.Problem(row.number(), row.line(), column, messageKey, arguments, english));
        }

        void problem(String column, RuntimeException e) {
            failed = true;
            problems.add(PlanCsv.problem(row.number(), row.line(), column, e));
        }

        boolean failed() {
            return failed;
        }
    }
}
