package fi.turvaverkko.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.meetings.AttendanceStatus;
import fi.turvaverkko.meetings.MeetingStatus;
import fi.turvaverkko.meetings.Sharing;
import fi.turvaverkko.meetings.TaskStatus;
import fi.turvaverkko.meetings.Views.AgendaItemView;
import fi.turvaverkko.meetings.Views.AttendeeView;
import fi.turvaverkko.meetings.Views.DecisionView;
import fi.turvaverkko.meetings.Views.MeetingView;
import fi.turvaverkko.meetings.Views.MinutesView;
import fi.turvaverkko.meetings.Views.TaskView;

/**
 * The meetings schema. Every read of minutes, decisions and tasks takes the reader's {@link Visibility} and filters in
 * SQL; there is no unfiltered read of a classified record except {@code find…ForChange}, used inside a use case after
 * the policy has been applied.
 */
@Repository
public class MeetingRepository {

    private final JdbcClient db;

    MeetingRepository(JdbcClient db) {
        this.db = db;
    }

    // meetings ------------------------------------------------------------------------------------------------------

    private static MeetingView meeting(ResultSet rs, int row) throws SQLException {
        return new MeetingView(rs.getLong("id"), rs.getLong("body_id"), rs.getString("title"), instant(rs, "starts_at"),
                instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"),
                MeetingStatus.valueOf(rs.getString("status")), (Long) rs.getObject("schedule_id"));
    }

    public long insertSchedule(long bodyId, String title, int everyMonths, Instant firstStartsAt, int durationMinutes, String place, String by) {
        return db.sql("""
                insert into meetings.schedule (body_id, title, every_months, first_starts_at, duration_minutes, place, created_by)
                values (:body, :title, :every, :first, :duration, :place, :by) returning id""")
                .param("body", bodyId).param("title", title).param("every", everyMonths)
                .param("first", Timestamp.from(firstStartsAt)).param("duration", durationMinutes).param("place", place)
                .param("by", by).query(Long.class).single();
    }

    public long insertMeeting(long bodyId, Long scheduleId, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl, String by) {
        return db.sql("""
                insert into meetings.meeting (body_id, schedule_id, title, starts_at, ends_at, place, online_url, created_by)
                values (:body, :schedule, :title, :starts, :ends, :place, :online, :by) returning id""")
                .param("body", bodyId).param("schedule", scheduleId).param("title", title)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .param("place", place).param("online", onlineUrl).param("by", by).query(Long.class).single();
    }

    public Optional<MeetingView> findMeeting(long id) {
        return db.sql("select * from meetings.meeting where id = :id").param("id", id).query(MeetingRepository::meeting).optional();
    }

    public List<MeetingView> listMeetingsOfBody(long bodyId) {
        return db.sql("select * from meetings.meeting where body_id = :body order by starts_at desc")
                .param("body", bodyId).query(MeetingRepository::meeting).list();
    }

    /** Meetings from {@code from} on (upcoming first) or all, newest first when {@code from} is null. */
    public List<MeetingView> listMeetings(Instant from, int limit) {
        if (from != null) {
            return db.sql("select * from meetings.meeting where starts_at >= :from and status <> 'CANCELLED' order by starts_at limit :limit")
                    .param("from", Timestamp.from(from)).param("limit", limit).query(MeetingRepository::meeting).list();
        }
        return db.sql("select * from meetings.meeting order by starts_at desc limit :limit")
                .param("limit", limit).query(MeetingRepository::meeting).list();
    }

    public void updateMeetingStatus(long id, MeetingStatus status) {
        db.sql("update meetings.meeting set status = :status where id = :id").param("status", status.name()).param("id", id).update();
    }

    // agenda and attendance -----------------------------------------------------------------------------------------

    public List<AgendaItemView> listAgenda(long meetingId) {
        return db.sql("select id, position, title, description from meetings.agenda_item where meeting_id = :m order by position")
                .param("m", meetingId)
                .query((rs, row) -> new AgendaItemView(rs.getLong("id"), rs.getInt("position"), rs.getString("title"), rs.getString("description")))
                .list();
    }

    public long insertAgendaItem(long meetingId, String title, String description) {
        return db.sql("""
                insert into meetings.agenda_item (meeting_id, position, title, description)
                values (:m, coalesce((select max(position) from meetings.agenda_item where meeting_id = :m), 0) + 1, :title, :description)
                returning id""")
                .param("m", meetingId).param("title", title).param("description", description).query(Long.class).single();
    }

    public boolean agendaItemBelongsTo(long agendaItemId, long meetingId) {
        return db.sql("select count(*) from meetings.agenda_item where id = :id and meeting_id = :m")
                .param("id", agendaItemId).param("m", meetingId).query(Long.class).single() > 0;
    }

    public List<AttendeeView> listAttendance(long meetingId) {
        return db.sql("select person_id, organisation_id, status from meetings.attendance where meeting_id = :m order by person_id")
                .param("m", meetingId)
                .query((rs, row) -> new AttendeeView(rs.getLong("person_id"), (Long) rs.getObject("organisation_id"),
                        AttendanceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    public void saveAttendance(long meetingId, long personId, Long organisationId, AttendanceStatus status) {
        db.sql("""
                insert into meetings.attendance (meeting_id, person_id, organisation_id, status) values (:m, :p, :o, :s)
                on conflict (meeting_id, person_id) do update set status = excluded.status, organisation_id = excluded.organisation_id""")
                .param("m", meetingId).param("p", personId).param("o", organisationId).param("s", status.name()).update();
    }

    // minutes -------------------------------------------------------------------------------------------------------

    public Optional<MinutesView> findMinutes(long meetingId, Visibility visible) {
        return db.sql("select m.*, " + shares("meetings.minutes_share", "minutes_id", "m") + " from meetings.minutes m where m.id = :id and "
                        + visible.condition("m", "meetings.minutes_share", "minutes_id"))
                .param("id", meetingId).params(visible.params())
                .query((rs, row) -> new MinutesView(rs.getLong("id"), rs.getString("text"), classification(rs),
                        (Long) rs.getObject("owner_organisation_id"), rs.getString("legal_basis"), ids(rs, "shared_organisations"),
                        ids(rs, "shared_bodies"), rs.getString("updated_by"), instant(rs, "updated_at")))
                .optional();
    }


    public Optional<Classification> findMinutesClassification(long meetingId) {
        return db.sql("select classification from meetings.minutes where id = :id").param("id", meetingId)
                .query(String.class).optional().map(Classification::valueOf);
    }

    public void saveMinutes(long meetingId, String text, Sharing sharing, Long owner, String by) {
        db.sql("""
                insert into meetings.minutes (id, text, classification, owner_organisation_id, legal_basis, updated_by)
                values (:id, :text, :classification, :owner, :legal, :by)
                on conflict (id) do update set text = excluded.text, classification = excluded.classification,
                    legal_basis = excluded.legal_basis, updated_by = excluded.updated_by, updated_at = now()""")
                .param("id", meetingId).param("text", text).param("classification", sharing.classification().name())
                .param("owner", owner).param("legal", sharing.legalBasis()).param("by", by).update();
        replaceShares("meetings.minutes_share", "minutes_id", meetingId, sharing);
    }

    // decisions -----------------------------------------------------------------------------------------------------

    private static final String DECISION_COLUMNS = "d.*";

    private static DecisionView decision(ResultSet rs, int row) throws SQLException {
        return new DecisionView(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("body_id"), rs.getInt("year"),
                rs.getInt("number"), (Long) rs.getObject("agenda_item_id"), rs.getString("title"), rs.getString("text"),
                classification(rs), (Long) rs.getObject("owner_organisation_id"), rs.getString("legal_basis"),
                ids(rs, "shared_organisations"), ids(rs, "shared_bodies"), rs.getString("created_by"), instant(rs, "created_at"));
    }

    public List<DecisionView> listDecisionsOfMeeting(long meetingId, Visibility visible) {
        return db.sql("select " + DECISION_COLUMNS + ", " + shares("meetings.decision_share", "decision_id", "d")
                        + " from meetings.decision d where d.meeting_id = :m and " + visible.condition("d", "meetings.decision_share", "decision_id")
                        + " order by d.year, d.number")
                .param("m", meetingId).params(visible.params()).query(MeetingRepository::decision).list();
    }

    public Optional<DecisionView> findDecision(long id, Visibility visible) {
        return db.sql("select " + DECISION_COLUMNS + ", " + shares("meetings.decision_share", "decision_id", "d")
                        + " from meetings.decision d where d.id = :id and " + visible.condition("d", "meetings.decision_share", "decision_id"))
                .param("id", id).params(visible.params()).query(MeetingRepository::decision).optional();
    }

    /** Decisions whose title or text contains the words, newest first: the search and the export. */
    public List<DecisionView> searchDecisions(String query, Long bodyId, Visibility visible, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return db.sql("select " + DECISION_COLUMNS + ", " + shares("meetings.decision_share", "decision_id", "d")
                        + " from meetings.decision d where " + visible.condition("d", "meetings.decision_share", "decision_id")
                        + " and (:q = '' or lower(d.title) like :like or lower(d.text) like :like)"
                        + " and (cast(:body as bigint) is null or d.body_id = :body)"
                        + " order by d.created_at desc, d.id desc limit :limit")
                .param("q", q).param("like", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("body", bodyId).param("limit", limit).params(visible.params())
                .query(MeetingRepository::decision).list();
    }


    public record Stored(long id, Classification classification, Long ownerOrganisationId, long bodyId) {
    }

    public Optional<Stored> findDecisionForChange(long id) {
        return db.sql("select id, classification, owner_organisation_id, body_id from meetings.decision where id = :id")
                .param("id", id).query((rs, row) -> new Stored(rs.getLong("id"), classification(rs),
                        (Long) rs.getObject("owner_organisation_id"), rs.getLong("body_id"))).optional();
    }

    public long insertDecision(long meetingId, long bodyId, int year, Long agendaItemId, String title, String text, Sharing sharing, Long owner, String by) {
        // numbers run per body and year; the lock keeps two simultaneous decisions from taking the same number
        db.sql("select pg_advisory_xact_lock(4711040, cast(:body as integer))").param("body", bodyId).query((rs, row) -> 1).list();
        long id = db.sql("""
                insert into meetings.decision (meeting_id, body_id, year, number, agenda_item_id, title, text, classification,
                    owner_organisation_id, legal_basis, created_by)
                values (:m, :body, :year,
                    coalesce((select max(number) from meetings.decision where body_id = :body and year = :year), 0) + 1,
                    :agenda, :title, :text, :classification, :owner, :legal, :by)
                returning id""")
                .param("m", meetingId).param("body", bodyId).param("year", year).param("agenda", agendaItemId)
                .param("title", title).param("text", text).param("classification", sharing.classification().name())
                .param("owner", owner).param("legal", sharing.legalBasis()).param("by", by).query(Long.class).single();
        replaceShares("meetings.decision_share", "decision_id", id, sharing);
        return id;
    }

    public void reclassifyDecision(long id, Sharing sharing) {
        db.sql("update meetings.decision set classification = :c, legal_basis = :legal where id = :id")
                .param("c", sharing.classification().name()).param("legal", sharing.legalBasis()).param("id", id).update();
        replaceShares("meetings.decision_share", "decision_id", id, sharing);
    }

    // tasks ---------------------------------------------------------------------------------------------------------

    private static final String TASK_COLUMNS = "t.*, (select m.body_id from meetings.meeting m where m.id = t.meeting_id) as body_id";

    private static TaskView task(ResultSet rs, int row) throws SQLException {
        return new TaskView(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("body_id"), (Long) rs.getObject("decision_id"),
                rs.getString("title"), rs.getString("description"), (Long) rs.getObject("assignee_person_id"),
                (Long) rs.getObject("assignee_organisation_id"), rs.getObject("due_date", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")), classification(rs), (Long) rs.getObject("owner_organisation_id"),
                rs.getString("legal_basis"), ids(rs, "shared_organisations"), ids(rs, "shared_bodies"));
    }

    public List<TaskView> listTasksOfMeeting(long meetingId, Visibility visible) {
        return db.sql("select " + TASK_COLUMNS + ", " + shares("meetings.task_share", "task_id", "t")
                        + " from meetings.task t where t.meeting_id = :m and " + visible.condition("t", "meetings.task_share", "task_id")
                        + " order by t.due_date, t.id")
                .param("m", meetingId).params(visible.params()).query(MeetingRepository::task).list();
    }

    public Optional<TaskView> findTask(long id, Visibility visible) {
        return db.sql("select " + TASK_COLUMNS + ", " + shares("meetings.task_share", "task_id", "t")
                        + " from meetings.task t where t.id = :id and " + visible.condition("t", "meetings.task_share", "task_id"))
                .param("id", id).params(visible.params()).query(MeetingRepository::task).optional();
    }

    /**
     * Open tasks the reader may see: assigned to the person or to one of the organisations (when given), overdue only
     * when asked; earliest due first.
     */
    public List<TaskView> listTasks(Long personId, Set<Long> organisations, boolean overdueOnly, LocalDate today, Visibility visible, int limit) {
        return db.sql("select " + TASK_COLUMNS + ", " + shares("meetings.task_share", "task_id", "t")
                        + " from meetings.task t where " + visible.condition("t", "meetings.task_share", "task_id")
                        + " and t.status in ('OPEN', 'IN_PROGRESS')"
                        + " and (not :mine or t.assignee_person_id = :person or t.assignee_organisation_id = any(:orgs))"
                        + " and (not :overdue or t.due_date < :today)"
                        + " order by t.due_date, t.id limit :limit")
                .param("mine", personId != null || organisations != null)
                .param("person", personId == null ? -1L : personId)
                .param("orgs", (organisations == null ? Set.<Long>of() : organisations).toArray(Long[]::new))
                .param("overdue", overdueOnly).param("today", today).param("limit", limit).params(visible.params())
                .query(MeetingRepository::task).list();
    }


    public boolean decisionBelongsTo(long decisionId, long meetingId) {
        return db.sql("select count(*) from meetings.decision where id = :id and meeting_id = :m")
                .param("id", decisionId).param("m", meetingId).query(Long.class).single() > 0;
    }

    public long insertTask(long meetingId, Long decisionId, String title, String description, Long person, Long organisation,
            LocalDate due, Sharing sharing, Long owner, String by) {
        long id = db.sql("""
                insert into meetings.task (meeting_id, decision_id, title, description, assignee_person_id, assignee_organisation_id,
                    due_date, classification, owner_organisation_id, legal_basis, created_by)
                values (:m, :decision, :title, :description, :person, :organisation, :due, :c, :owner, :legal, :by)
                returning id""")
                .param("m", meetingId).param("decision", decisionId).param("title", title).param("description", description)
                .param("person", person).param("organisation", organisation).param("due", due)
                .param("c", sharing.classification().name()).param("owner", owner).param("legal", sharing.legalBasis())
                .param("by", by).query(Long.class).single();
        replaceShares("meetings.task_share", "task_id", id, sharing);
        return id;
    }

    public void updateTaskStatus(long id, TaskStatus status) {
        db.sql("update meetings.task set status = :s, updated_at = now() where id = :id").param("s", status.name()).param("id", id).update();
    }

    // sharing -------------------------------------------------------------------------------------------------------

    private void replaceShares(String table, String key, long id, Sharing sharing) {
        db.sql("delete from " + table + " where " + key + " = :id").param("id", id).update();
        for (Long organisation : sharing.organisations()) {
            db.sql("insert into " + table + " (" + key + ", organisation_id) values (:id, :o)").param("id", id).param("o", organisation).update();
        }
        for (Long body : sharing.bodies()) {
            db.sql("insert into " + table + " (" + key + ", body_id) values (:id, :b)").param("id", id).param("b", body).update();
        }
    }

    private static String shares(String table, String key, String alias) {
        return "array(select s.organisation_id from " + table + " s where s." + key + " = " + alias + ".id and s.organisation_id is not null) as shared_organisations, "
                + "array(select s.body_id from " + table + " s where s." + key + " = " + alias + ".id and s.body_id is not null) as shared_bodies";
    }

    private static Set<Long> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (Object value : (Object[]) array.getArray()) {
            ids.add(((Number) value).longValue());
        }
        return Set.copyOf(ids);
    }

    private static Classification classification(ResultSet rs) throws SQLException {
        return Classification.valueOf(rs.getString("classification"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

}
