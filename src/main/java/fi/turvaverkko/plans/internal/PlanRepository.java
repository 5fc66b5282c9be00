package fi.turvaverkko.plans.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.plans.ActionFilter;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.ActionChange;
import fi.turvaverkko.plans.Views.ActionView;
import fi.turvaverkko.plans.Views.CommentView;
import fi.turvaverkko.plans.Views.FocusAreaView;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.plans.Views.MilestoneView;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.plans.Views.ProgressReportView;

/**
 * The plans schema. Every read of a plan, focus area or action takes the reader's {@link Visibility} and filters in SQL;
 * an action is visible when the reader may see it and its plan. Reads by id for a change ({@code …ForChange}) are used
 * inside a use case after the policy has been applied.
 */
@Repository
public class PlanRepository {

    private final JdbcClient db;

    PlanRepository(JdbcClient db) {
        this.db = db;
    }

    static String planVisible(Visibility visible, String alias) {
        return visible.condition(alias, "plans.plan_share", "plan_id");
    }

    static String focusAreaVisible(Visibility visible, String alias) {
        return visible.condition(alias, "plans.focus_area_share", "focus_area_id");
    }

    static String actionVisible(Visibility visible, String alias) {
        return visible.condition(alias, "plans.action_reader", "action_id");
    }

    // plans -----------------------------------------------------------------------------------------------------------

    private static PlanView plan(ResultSet rs, int row) throws SQLException {
        return new PlanView(rs.getLong("id"), PlanLevel.valueOf(rs.getString("level")), rs.getString("municipality"),
                rs.getString("area_code"), rs.getString("title"), rs.getString("title_sv"), rs.getString("title_en"),
                rs.getString("description"), rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                (Long) rs.getObject("owner_body_id"), PlanState.valueOf(rs.getString("state")), rs.getString("decision_reference"),
                Cadence.valueOf(rs.getString("cadence")), strings(rs.getArray("national_goals")),
                Classification.valueOf(rs.getString("classification")), (Long) rs.getObject("owner_organisation_id"),
                rs.getBoolean("demo"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
    }

    public List<PlanView> listPlans(Visibility visible) {
        return listPlans(visible, false);
    }

    /** The plans the reader may see; {@code decidedOnly}: not drafts (what the public sees). */
    public List<PlanView> listPlans(Visibility visible, boolean decidedOnly) {
        return db.sql("select p.* from plans.plan p where " + planVisible(visible, "p") + (decidedOnly ? " and p.state <> 'DRAFT'" : "") + """
                 order by case p.state when 'IN_FORCE' then 0 when 'APPROVED' then 1 when 'DRAFT' then 2 else 3 end,
                          case p.level when 'STRATEGIC' then 0 when 'CITY' then 1 when 'PROGRAMME' then 2 else 3 end,
                          p.period_start desc, p.title""")
                .params(visible.params()).query(PlanRepository::plan).list();
    }

    public Optional<PlanView> findPlan(long id, Visibility visible) {
        return db.sql("select p.* from plans.plan p where p.id = :id and " + planVisible(visible, "p"))
                .params(visible.params()).param("id", id).query(PlanRepository::plan).optional();
    }

    public Optional<PlanView> findPlanForChange(long id) {
        return db.sql("select p.* from plans.plan p where p.id = :id for update").param("id", id).query(PlanRepository::plan).optional();
    }

    public record PlanRow(PlanLevel level, String municipality, String areaCode, String title, String titleSv, String titleEn,
            String description, LocalDate periodStart, LocalDate periodEnd, Long ownerBodyId, Cadence cadence, List<String> nationalGoals,
            Classification classification, Long ownerOrganisationId, boolean demo) {
    }

    private Map<String, Object> params(PlanRow row) {
        Map<String, Object> params = new HashMap<>();
        params.put("level", row.level().name());
        params.put("municipality", row.municipality());
        params.put("area", row.areaCode());
        params.put("title", row.title());
        params.put("titleSv", row.titleSv());
        params.put("titleEn", row.titleEn());
        params.put("description", row.description());
        params.put("start", Date.valueOf(row.periodStart()));
        params.put("end", Date.valueOf(row.periodEnd()));
        params.put("body", row.ownerBodyId());
        params.put("cadence", row.cadence().name());
        params.put("goals", row.nationalGoals().toArray(String[]::new));
        params.put("classification", row.classification().name());
        params.put("owner", row.ownerOrganisationId());
        params.put("demo", row.demo());
        return params;
    }

    public long insertPlan(PlanRow row, String by) {
        return db.sql("""
                insert into plans.plan (level, municipality, area_code, title, title_sv, title_en, description, period_start,
                    period_end, owner_body_id, cadence, national_goals, classification, owner_organisation_id, demo, created_by)
                values (:level, :municipality, :area, :title, :titleSv, :titleEn, :description, :start, :end, :body, :cadence,
                    :goals, :classification, :owner, :demo, :by) returning id""")
                .params(params(row)).param("by", by).query(Long.class).single();
    }

    /** Changes the plan when it still has the version; false when someone else changed it first. */
    public boolean updatePlan(long id, int version, PlanRow row) {
        return db.sql("""
                update plans.plan set level = :level, municipality = :municipality, area_code = :area, title = :title,
                    title_sv = :titleSv, title_en = :titleEn, description = :description, period_start = :start, period_end = :end,
                    owner_body_id = :body, cadence = :cadence, national_goals = :goals, classification = :classification,
                    owner_organisation_id = :owner, version = version + 1, updated_at = now()
                 where id = :id and version = :version""")
                .params(params(row)).param("id", id).param("version", version).update() == 1;
    }

    public void changePlanState(long id, PlanState state, String decisionReference) {
        db.sql("""
                update plans.plan set state = :state, decision_reference = coalesce(:decision, decision_reference),
                    version = version + 1, updated_at = now() where id = :id""")
                .param("state", state.name()).param("decision", decisionReference).param("id", id).update();
    }

    public void replaceShares(String table, String key, long id, Set<Long> organisations, Set<Long> bodies) {
        db.sql("delete from plans." + table + " where " + key + " = :id").param("id", id).update();
        for (Long organisation : organisations) {
            db.sql("insert into plans." + table + " (" + key + ", organisation_id) values (:id, :organisation)")
                    .param("id", id).param("organisation", organisation).update();
        }
        for (Long body : bodies) {
            db.sql("insert into plans." + table + " (" + key + ", body_id) values (:id, :body)").param("id", id).param("body", body).update();
        }
    }

    // focus areas -------------------------------------------------------------------------------------------------------

    private static FocusAreaView focusArea(ResultSet rs, int row) throws SQLException {
        return new FocusAreaView(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"), rs.getString("title"),
                rs.getString("title_sv"), rs.getString("title_en"), rs.getString("rationale"),
                Classification.valueOf(rs.getString("classification")), strings(rs.getArray("phenomena")), longs(rs.getArray("snapshots")));
    }

    private static final String FOCUS_AREA = """
            select f.*,
                   array(select phenomenon from plans.focus_area_phenomenon x where x.focus_area_id = f.id order by phenomenon) as phenomena,
                   array(select snapshot_id from plans.focus_area_snapshot x where x.focus_area_id = f.id order by snapshot_id) as snapshots
              from plans.focus_area f join plans.plan p on p.id = f.plan_id
            """;

    public List<FocusAreaView> listFocusAreas(long planId, Visibility visible) {
        return db.sql(FOCUS_AREA + " where f.plan_id = :plan and " + planVisible(visible, "p") + " and " + focusAreaVisible(visible, "f")
                + " order by f.position").params(visible.params()).param("plan", planId).query(PlanRepository::focusArea).list();
    }

    public Optional<FocusAreaView> findFocusArea(long id, Visibility visible) {
        return db.sql(FOCUS_AREA + " where f.id = :id and " + planVisible(visible, "p") + " and " + focusAreaVisible(visible, "f"))
                .params(visible.params()).param("id", id).query(PlanRepository::focusArea).optional();
    }

    public long insertFocusArea(long planId, String title, String titleSv, String titleEn, String rationale, Classification classification,
            Long owner, String by) {
        return db.sql("""
                insert into plans.focus_area (plan_id, position, title, title_sv, title_en, rationale, classification,
                    owner_organisation_id, created_by)
                values (:plan, (select coalesce(max(position), 0) + 1 from plans.focus_area where plan_id = :plan), :title, :titleSv,
                    :titleEn, :rationale, :classification, :owner, :by) returning id""")
                .param("plan", planId).param("title", title).param("titleSv", titleSv).param("titleEn", titleEn)
                .param("rationale", rationale).param("classification", classification.name()).param("owner", owner).param("by", by)
                .query(Long.class).single();
    }

    public void updateFocusArea(long id, String title, String titleSv, String titleEn, String rationale, Classification classification) {
        db.sql("""
                update plans.focus_area set title = :title, title_sv = :titleSv, title_en = :titleEn, rationale = :rationale,
                    classification = :classification where id = :id""")
                .param("id", id).param("title", title).param("titleSv", titleSv).param("titleEn", titleEn)
                .param("rationale", rationale).param("classification", classification.name()).update();
    }

    public void replaceEvidence(long focusAreaId, Set<String> phenomena, Set<Long> snapshots) {
        db.sql("delete from plans.focus_area_phenomenon where focus_area_id = :id").param("id", focusAreaId).update();
        db.sql("delete from plans.focus_area_snapshot where focus_area_id = :id").param("id", focusAreaId).update();
        db.sql("insert into plans.focus_area_phenomenon (focus_area_id, phenomenon) select :id, unnest(cast(:codes as text[]))")
                .param("id", focusAreaId).param("codes", phenomena.toArray(String[]::new)).update();
        db.sql("insert into plans.focus_area_snapshot (focus_area_id, snapshot_id) select :id, unnest(cast(:ids as bigint[]))")
                .param("id", focusAreaId).param("ids", snapshots.toArray(Long[]::new)).update();
    }

    // actions -----------------------------------------------------------------------------------------------------------

    /**
     * The last day each cadence's reports must cover by today: the end of the latest period that ended more than the
     * grace days ago. An action is overdue when its reports do not reach that day (or its own end, if sooner).
     */
    public record Required(LocalDate month, LocalDate quarter, LocalDate halfYear, LocalDate year) {
        public static Required on(LocalDate today, int graceDays) {
            LocalDate day = today.minusDays(graceDays);
            return new Required(Cadence.MONTH.periodOf(day).previous().end(), Cadence.QUARTER.periodOf(day).previous().end(),
                    Cadence.HALF_YEAR.periodOf(day).previous().end(), Cadence.YEAR.periodOf(day).previous().end());
        }

        public LocalDate of(Cadence cadence) {
            return switch (cadence) {
                case MONTH -> month;
                case QUARTER -> quarter;
                case HALF_YEAR -> halfYear;
                case YEAR -> year;
            };
        }

        Map<String, Object> params() {
            return Map.of("rMonth", Date.valueOf(month), "rQuarter", Date.valueOf(quarter), "rHalf", Date.valueOf(halfYear),
                    "rYear", Date.valueOf(year));
        }
    }

    private static final String REQUIRED_END = "(case p.cadence when 'MONTH' then cast(:rMonth as date) when 'QUARTER' then cast(:rQuarter as date)"
            + " when 'HALF_YEAR' then cast(:rHalf as date) else cast(:rYear as date) end)";

    private static final String ACTION = """
            select a.*,
                   array(select organisation_id from plans.action_partner x where x.action_id = a.id order by organisation_id) as partners,
                   array(select area_code from plans.action_area x where x.action_id = a.id order by area_code) as areas,
                   (select max(period_end) from plans.progress_report r where r.action_id = a.id) as reported_until,
                   (a.state not in ('COMPLETED', 'CANCELLED') and p.state = 'IN_FORCE' and a.starts_on <= %1$s
                    and coalesce((select max(period_end) from plans.progress_report r where r.action_id = a.id), date '1900-01-01')
                        < least(%1$s, a.ends_on)) as overdue
              from plans.action a join plans.plan p on p.id = a.plan_id join plans.focus_area f on f.id = a.focus_area_id
            """.formatted(REQUIRED_END);

    private static ActionView action(ResultSet rs, int row) throws SQLException {
        return new ActionView(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("focus_area_id"), rs.getString("title"),
                rs.getString("title_sv"), rs.getString("title_en"), rs.getString("description"), rs.getLong("owner_organisation_id"),
                longs(rs.getArray("partners")), rs.getBoolean("city_wide"), strings(rs.getArray("areas")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                ActionState.valueOf(rs.getString("state")), rs.getInt("progress"), (Integer) rs.getObject("budget_year"),
                Classification.valueOf(rs.getString("classification")), rs.getBoolean("demo"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getObject("reported_until", LocalDate.class), rs.getBoolean("overdue"));
    }

    private String visibleAction(Visibility visible) {
        return planVisible(visible, "p") + " and " + focusAreaVisible(visible, "f") + " and " + actionVisible(visible, "a");
    }

    public List<ActionView> listActions(ActionFilter filter, Visibility visible, Required required) {
        StringBuilder sql = new StringBuilder("select * from (" + ACTION + " where " + visibleAction(visible));
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(required.params());
        if (filter.planId() != null) {
            sql.append(" and a.plan_id = :plan");
            params.put("plan", filter.planId());
        }
        if (filter.focusAreaId() != null) {
            sql.append(" and a.focus_area_id = :focusArea");
            params.put("focusArea", filter.focusAreaId());
        }
        if (filter.organisationId() != null) {
            sql.append(" and (a.owner_organisation_id = :organisation or exists (select 1 from plans.action_partner x"
                    + " where x.action_id = a.id and x.organisation_id = :organisation))");
            params.put("organisation", filter.organisationId());
        }
        if (!filter.states().isEmpty()) {
            sql.append(" and a.state = any(cast(:states as text[]))");
            params.put("states", filter.states().stream().map(Enum::name).toArray(String[]::new));
        }
        sql.append(") x");
        if (filter.overdueOnly()) {
            sql.append(" where x.overdue");
        }
        sql.append(" order by x.plan_id, (select position from plans.focus_area f where f.id = x.focus_area_id), x.starts_on, x.id");
        return db.sql(sql.toString()).params(params).query(PlanRepository::action).list();
    }

    /** Actions whose responsible organisation is one of these, in plans in force, not closed (for reports due). */
    public List<ActionView> listReportingActions(Set<Long> organisations, Visibility visible, Required required) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(required.params());
        params.put("organisations", organisations == null ? null : organisations.toArray(Long[]::new));
        return db.sql(ACTION + " where " + visibleAction(visible) + """
                  and p.state = 'IN_FORCE' and a.state not in ('COMPLETED', 'CANCELLED')
                  and (cast(:organisations as bigint[]) is null or a.owner_organisation_id = any(cast(:organisations as bigint[])))
                order by a.owner_organisation_id, a.ends_on, a.id""")
                .params(params).query(PlanRepository::action).list();
    }

    public Optional<ActionView> findAction(long id, Visibility visible, Required required) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(required.params());
        return db.sql(ACTION + " where a.id = :id and " + visibleAction(visible)).params(params).param("id", id)
                .query(PlanRepository::action).optional();
    }

    public void lockAction(long id) {
        db.sql("select id from plans.action where id = :id for update").param("id", id).query(Long.class).optional();
    }

    /** Actions (visible) addressing a phenomenon through their focus area, in an area's scope (null: anywhere). */
    public List<ActionView> listAddressing(String phenomenon, String areaCode, Visibility visible, Required required) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(required.params());
        return db.sql(ACTION + " where " + visibleAction(visible) + """
                  and exists (select 1 from plans.focus_area_phenomenon x where x.focus_area_id = a.focus_area_id and x.phenomenon = :phenomenon)
                  and (cast(:area as text) is null or a.city_wide
                       or exists (select 1 from plans.action_area x where x.action_id = a.id
                                   and (starts_with(cast(:area as text), x.area_code) or starts_with(x.area_code, cast(:area as text)))))
                order by case a.state when 'ONGOING' then 0 when 'DELAYED' then 1 when 'PLANNED' then 2 else 3 end, a.starts_on desc""")
                .params(params).param("phenomenon", phenomenon).param("area", areaCode).query(PlanRepository::action).list();
    }

    public record ActionRow(long planId, long focusAreaId, String title, String titleSv, String titleEn, String description,
            long responsibleOrganisationId, boolean cityWide, LocalDate startsOn, LocalDate endsOn, ActionState state, int progress,
            Integer budgetYear, Classification classification, boolean demo) {
    }

    private Map<String, Object> params(ActionRow row) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", row.planId());
        params.put("focusArea", row.focusAreaId());
        params.put("title", row.title());
        params.put("titleSv", row.titleSv());
        params.put("titleEn", row.titleEn());
        params.put("description", row.description());
        params.put("owner", row.responsibleOrganisationId());
        params.put("cityWide", row.cityWide());
        params.put("starts", Date.valueOf(row.startsOn()));
        params.put("ends", Date.valueOf(row.endsOn()));
        params.put("state", row.state().name());
        params.put("progress", row.progress());
        params.put("budgetYear", row.budgetYear());
        params.put("classification", row.classification().name());
        params.put("demo", row.demo());
        return params;
    }

    public long insertAction(ActionRow row, String by) {
        return db.sql("""
                insert into plans.action (plan_id, focus_area_id, title, title_sv, title_en, description, owner_organisation_id,
                    city_wide, starts_on, ends_on, state, progress, budget_year, classification, demo, created_by)
                values (:plan, :focusArea, :title, :titleSv, :titleEn, :description, :owner, :cityWide, :starts, :ends, :state,
                    :progress, :budgetYear, :classification, :demo, :by) returning id""")
                .params(params(row)).param("by", by).query(Long.class).single();
    }

    public boolean updateAction(long id, Integer version, ActionRow row) {
        return db.sql("""
                update plans.action set focus_area_id = :focusArea, title = :title, title_sv = :titleSv, title_en = :titleEn,
                    description = :description, owner_organisation_id = :owner, city_wide = :cityWide, starts_on = :starts,
                    ends_on = :ends, state = :state, progress = :progress, budget_year = :budgetYear,
                    classification = :classification, version = version + 1, updated_at = now()
                 where id = :id and (cast(:version as integer) is null or version = cast(:version as integer))""")
                .params(params(row)).param("id", id).param("version", version).update() == 1;
    }

    public void changeActionProgress(long id, ActionState state, int progress) {
        db.sql("update plans.action set state = :state, progress = :progress, version = version + 1, updated_at = now() where id = :id")
                .param("state", state.name()).param("progress", progress).param("id", id).update();
    }

    public void replacePartnersAndAreas(long actionId, Set<Long> partners, Set<String> areas) {
        db.sql("delete from plans.action_partner where action_id = :id").param("id", actionId).update();
        db.sql("delete from plans.action_area where action_id = :id").param("id", actionId).update();
        db.sql("insert into plans.action_partner (action_id, organisation_id) select :id, unnest(cast(:ids as bigint[]))")
                .param("id", actionId).param("ids", partners.toArray(Long[]::new)).update();
        db.sql("insert into plans.action_area (action_id, area_code) select :id, unnest(cast(:codes as text[]))")
                .param("id", actionId).param("codes", areas.toArray(String[]::new)).update();
    }

    public void insertHistory(long actionId, ActionState state, int progress, String by, Long reportId) {
        db.sql("insert into plans.action_history (action_id, state, progress, changed_by, report_id) values (:id, :state, :progress, :by, :report)")
                .param("id", actionId).param("state", state.name()).param("progress", progress).param("by", by).param("report", reportId)
                .update();
    }

    private static ActionChange change(ResultSet rs, int row) throws SQLException {
        return new ActionChange(rs.getLong("action_id"), rs.getTimestamp("changed_at").toInstant(),
                ActionState.valueOf(rs.getString("state")), rs.getInt("progress"), rs.getString("changed_by"));
    }

    public List<ActionChange> listHistory(long actionId) {
        return db.sql("select * from plans.action_history where action_id = :id order by changed_at, id").param("id", actionId)
                .query(PlanRepository::change).list();
    }

    public List<ActionChange> listChangesSince(long planId, Instant since, Visibility visible) {
        return db.sql("""
                select h.* from plans.action_history h join plans.action a on a.id = h.action_id
                  join plans.plan p on p.id = a.plan_id join plans.focus_area f on f.id = a.focus_area_id
                 where a.plan_id = :plan and h.changed_at > :since and """ + visibleAction(visible) + " order by h.changed_at, h.id")
                .params(visible.params()).param("plan", planId).param("since", Timestamp.from(since)).query(PlanRepository::change).list();
    }

    // milestones --------------------------------------------------------------------------------------------------------

    private static MilestoneView milestone(ResultSet rs, int row) throws SQLException {
        return new MilestoneView(rs.getLong("id"), rs.getLong("action_id"), rs.getString("title"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class));
    }

    public long insertMilestone(long actionId, String title, LocalDate dueOn) {
        return db.sql("insert into plans.milestone (action_id, title, due_on) values (:action, :title, :due) returning id")
                .param("action", actionId).param("title", title).param("due", Date.valueOf(dueOn)).query(Long.class).single();
    }

    public Optional<MilestoneView> findMilestone(long id) {
        return db.sql("select * from plans.milestone where id = :id").param("id", id).query(PlanRepository::milestone).optional();
    }

    public void markMilestoneDone(long id, LocalDate doneOn) {
        db.sql("update plans.milestone set done_on = :done where id = :id").param("done", doneOn == null ? null : Date.valueOf(doneOn))
                .param("id", id).update();
    }

    public List<MilestoneView> listMilestones(long actionId) {
        return db.sql("select * from plans.milestone where action_id = :id order by due_on, id").param("id", actionId)
                .query(PlanRepository::milestone).list();
    }

    /** The actions of the plan with a milestone past its day and not done. */
    public Set<Long> actionsWithLateMilestones(long planId, LocalDate today) {
        return Set.copyOf(db.sql("""
                select distinct m.action_id from plans.milestone m join plans.action a on a.id = m.action_id
                 where a.plan_id = :plan and m.done_on is null and m.due_on < :today""")
                .param("plan", planId).param("today", Date.valueOf(today)).query(Long.class).list());
    }

    // progress reports --------------------------------------------------------------------------------------------------

    public long insertReport(long actionId, ReportingPeriod period, ActionState state, int progress, String narrative, String nextSteps,
            Long organisationId, String by, String byName) {
        return db.sql("""
                insert into plans.progress_report (action_id, period_start, period_end, state, progress, narrative, next_steps,
                    organisation_id, reported_by, reported_by_name)
                values (:action, :start, :end, :state, :progress, :narrative, :next, :organisation, :by, :name) returning id""")
                .param("action", actionId).param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .param("state", state.name()).param("progress", progress).param("narrative", narrative).param("next", nextSteps)
                .param("organisation", organisationId).param("by", by).param("name", byName).query(Long.class).single();
    }

    private record ReportRow(long id, long actionId, LocalDate start, LocalDate end, ActionState state, int progress, String narrative,
            String nextSteps, Long organisationId, String name, Instant at, String cadence) {
    }

    private static final String REPORT = """
            select r.*, p.cadence from plans.progress_report r join plans.action a on a.id = r.action_id
              join plans.plan p on p.id = a.plan_id join plans.focus_area f on f.id = a.focus_area_id
            """;

    private List<ProgressReportView> reports(String where, Map<String, Object> params) {
        List<ReportRow> rows = db.sql(REPORT + where).params(params)
                .query((rs, n) -> new ReportRow(rs.getLong("id"), rs.getLong("action_id"), rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class), ActionState.valueOf(rs.getString("state")), rs.getInt("progress"),
                        rs.getString("narrative"), rs.getString("next_steps"), (Long) rs.getObject("organisation_id"),
                        rs.getString("reported_by_name"), rs.getTimestamp("reported_at").toInstant(), rs.getString("cadence")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CommentView>> comments = new LinkedHashMap<>();
        db.sql("select * from plans.progress_comment where report_id = any(:ids) order by written_at, id")
                .param("ids", rows.stream().map(ReportRow::id).toArray(Long[]::new))
                .query((rs, n) -> new CommentView(rs.getLong("id"), rs.getLong("report_id"), (Long) rs.getObject("organisation_id"),
                        rs.getString("text"), rs.getString("written_by_name"), rs.getTimestamp("written_at").toInstant()))
                .list().forEach(c -> comments.computeIfAbsent(c.reportId(), k -> new ArrayList<>()).add(c));
        return rows.stream().map(r -> new ProgressReportView(r.id(), r.actionId(), period(r.cadence(), r.start(), r.end()), r.state(),
                r.progress(), r.narrative(), r.nextSteps(), r.organisationId(), r.name(), r.at(), comments.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static ReportingPeriod period(String cadence, LocalDate start, LocalDate end) {
        Cadence c = Cadence.valueOf(cadence);
        ReportingPeriod period = c.periodOf(start);
        // a plan's cadence may have changed after the report: keep the report's own dates
        return period.end().equals(end) ? period : Arrays.stream(Cadence.values()).map(x -> x.periodOf(start))
                .filter(p -> p.start().equals(start) && p.end().equals(end)).findFirst().orElse(period);
    }

    public List<ProgressReportView> listReports(long actionId) {
        return reports("where r.action_id = :action order by r.period_start desc, r.reported_at desc", Map.of("action", actionId));
    }

    public List<ProgressReportView> listReportsOfPlan(long planId, LocalDate periodStart, Visibility visible) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("plan", planId);
        params.put("start", periodStart == null ? null : Date.valueOf(periodStart));
        return reports("where a.plan_id = :plan and (cast(:start as date) is null or r.period_start = cast(:start as date)) and "
                + visibleAction(visible) + " order by r.reported_at desc, r.id desc", params);
    }

    public record ReportOwner(long reportId, long actionId) {
    }

    public Optional<ReportOwner> findReport(long reportId) {
        return db.sql("select id, action_id from plans.progress_report where id = :id").param("id", reportId)
                .query((rs, n) -> new ReportOwner(rs.getLong(1), rs.getLong(2))).optional();
    }

    public long insertComment(long reportId, Long organisationId, String text, String by, String byName) {
        return db.sql("""
                insert into plans.progress_comment (report_id, organisation_id, text, written_by, written_by_name)
                values (:report, :organisation, :text, :by, :name) returning id""")
                .param("report", reportId).param("organisation", organisationId).param("text", text).param("by", by)
                .param("name", byName).query(Long.class).single();
    }

    public Optional<CommentView> findComment(long id) {
        return db.sql("select * from plans.progress_comment where id = :id").param("id", id)
                .query((rs, n) -> new CommentView(rs.getLong("id"), rs.getLong("report_id"), (Long) rs.getObject("organisation_id"),
                        rs.getString("text"), rs.getString("written_by_name"), rs.getTimestamp("written_at").toInstant()))
                .optional();
    }

    // indicators --------------------------------------------------------------------------------------------------------

    private static IndicatorView indicator(ResultSet rs, int row) throws SQLException {
        String period = rs.getString("period");
        return new IndicatorView(rs.getLong("id"), rs.getLong("plan_id"), (Long) rs.getObject("focus_area_id"),
                (Long) rs.getObject("action_id"), rs.getString("name"), rs.getString("name_sv"), rs.getString("name_en"),
                rs.getString("unit"), Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("baseline_value"),
                rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("target_value"), rs.getObject("target_date", LocalDate.class),
                IndicatorSource.valueOf(rs.getString("source")), strings(rs.getArray("phenomena")), rs.getString("area_code"),
                period == null ? null : Cadence.valueOf(period));
    }

    /** Indicators the reader may see: of a plan they see, and of a focus area and action they see when tied to one. */
    private static String indicatorVisible(Visibility visible) {
        return planVisible(visible, "p")
                + " and (i.focus_area_id is null or exists (select 1 from plans.focus_area f where f.id = i.focus_area_id and "
                + focusAreaVisible(visible, "f") + "))"
                + " and (i.action_id is null or exists (select 1 from plans.action a join plans.focus_area f on f.id = a.focus_area_id"
                + " where a.id = i.action_id and " + focusAreaVisible(visible, "f") + " and " + actionVisible(visible, "a") + "))";
    }

    public List<IndicatorView> listIndicators(long planId, Visibility visible) {
        return db.sql("select i.* from plans.indicator i join plans.plan p on p.id = i.plan_id where i.plan_id = :plan and "
                + indicatorVisible(visible) + " order by i.focus_area_id nulls first, i.action_id nulls first, i.id")
                .params(visible.params()).param("plan", planId).query(PlanRepository::indicator).list();
    }

    public List<IndicatorView> listIndicatorsOfAction(long actionId, Visibility visible) {
        return db.sql("select i.* from plans.indicator i join plans.plan p on p.id = i.plan_id where i.action_id = :action and "
                + indicatorVisible(visible) + " order by i.id").params(visible.params()).param("action", actionId)
                .query(PlanRepository::indicator).list();
    }

    public List<IndicatorView> listIndicatorsOfFocusArea(long focusAreaId, Visibility visible) {
        return db.sql("select i.* from plans.indicator i join plans.plan p on p.id = i.plan_id where i.focus_area_id = :focusArea"
                + " and i.action_id is null and " + indicatorVisible(visible) + " order by i.id").params(visible.params())
                .param("focusArea", focusAreaId).query(PlanRepository::indicator).list();
    }

    public Optional<IndicatorView> findIndicator(long id, Visibility visible) {
        return db.sql("select i.* from plans.indicator i join plans.plan p on p.id = i.plan_id where i.id = :id and " + indicatorVisible(visible))
                .params(visible.params()).param("id", id).query(PlanRepository::indicator).optional();
    }

    public long insertIndicator(IndicatorView i, String by) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", i.planId());
        params.put("focusArea", i.focusAreaId());
        params.put("action", i.actionId());
        params.put("name", i.name());
        params.put("nameSv", i.nameSv());
        params.put("nameEn", i.nameEn());
        params.put("unit", i.unit());
        params.put("direction", i.direction().name());
        params.put("baseline", i.baselineValue());
        params.put("baselineDate", i.baselineDate() == null ? null : Date.valueOf(i.baselineDate()));
        params.put("target", i.targetValue());
        params.put("targetDate", i.targetDate() == null ? null : Date.valueOf(i.targetDate()));
        params.put("source", i.source().name());
        params.put("phenomena", i.phenomena().toArray(String[]::new));
        params.put("area", i.areaCode());
        params.put("period", i.period() == null ? null : i.period().name());
        params.put("by", by);
        return db.sql("""
                insert into plans.indicator (plan_id, focus_area_id, action_id, name, name_sv, name_en, unit, direction,
                    baseline_value, baseline_date, target_value, target_date, source, phenomena, area_code, period, created_by)
                values (:plan, :focusArea, :action, :name, :nameSv, :nameEn, :unit, :direction, :baseline, :baselineDate, :target,
                    :targetDate, :source, :phenomena, :area, :period, :by) returning id""")
                .params(params).query(Long.class).single();
    }

    public record StoredValue(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String note) {
    }

    public List<StoredValue> listValues(long indicatorId) {
        return db.sql("select * from plans.indicator_value where indicator_id = :id order by period_start, period_end")
                .param("id", indicatorId)
                .query((rs, n) -> new StoredValue(rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getBigDecimal("value"), rs.getString("note")))
                .list();
    }

    /** Saves the value of the period, replacing an earlier value of the same period. */
    public void upsertValue(long indicatorId, LocalDate start, LocalDate end, BigDecimal value, String note, String by) {
        db.sql("""
                insert into plans.indicator_value (indicator_id, period_start, period_end, value, note, entered_by)
                values (:id, :start, :end, :value, :note, :by)
                on conflict (indicator_id, period_start, period_end)
                do update set value = excluded.value, note = excluded.note, entered_by = excluded.entered_by, entered_at = now()""")
                .param("id", indicatorId).param("start", Date.valueOf(start)).param("end", Date.valueOf(end)).param("value", value)
                .param("note", note).param("by", by).update();
    }

    // helpers -----------------------------------------------------------------------------------------------------------

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
