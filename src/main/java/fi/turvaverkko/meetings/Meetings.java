package fi.turvaverkko.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.turvaverkko.access.AccessPolicy;
import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.access.CurrentUser;
import fi.turvaverkko.access.Role;
import fi.turvaverkko.meetings.Commands.AddAgendaItem;
import fi.turvaverkko.meetings.Commands.AssignTask;
import fi.turvaverkko.meetings.Commands.PlanMeeting;
import fi.turvaverkko.meetings.Commands.Reclassify;
import fi.turvaverkko.meetings.Commands.RecordDecision;
import fi.turvaverkko.meetings.Commands.ScheduleMeetings;
import fi.turvaverkko.meetings.Commands.WriteMinutes;
import fi.turvaverkko.meetings.Views.DecisionView;
import fi.turvaverkko.meetings.Views.MeetingDetail;
import fi.turvaverkko.meetings.Views.MeetingView;
import fi.turvaverkko.meetings.Views.MinutesView;
import fi.turvaverkko.meetings.Views.TaskView;
import fi.turvaverkko.meetings.internal.MeetingAudit;
import fi.turvaverkko.meetings.internal.MeetingRepository;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/**
 * The meetings module's entry point. Reads go through the access policy in SQL; a restricted record the reader may not
 * see is simply not there (404), so that its existence is not given away. Changes are made by those who run the body
 * (chair, vice chair, secretary, secretariat) and by coordinators, and each leaves an audit entry.
 */
@Service
public class Meetings {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final int MAX_SCHEDULED = 24;

    private final MeetingRepository meetings;
    private final Organisations organisations;
    private final AccessPolicy policy;
    private final Accounts accounts;
    private final MeetingAudit audit;
    private final Clock clock;

    Meetings(MeetingRepository meetings, Organisations organisations, AccessPolicy policy, Accounts accounts, MeetingAudit audit) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.policy = policy;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = Clock.system(HELSINKI);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CurrentUser user() {
        return accounts.findCurrentUser().orElseThrow(() -> new NotFound("Sign in to see meetings."));
    }

    private Visibility visibility(CurrentUser user) {
        return policy.visibility(Optional.of(user));
    }

    // reading -------------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public MeetingView getMeeting(long id) {
        user();
        return findMeeting(id);
    }

    private MeetingView findMeeting(long id) {
        return meetings.findMeeting(id).orElseThrow(() -> new NotFound("There is no meeting " + id + "."));
    }

    /** The meeting with the minutes, decisions and tasks the reader may see; a read of anything restricted is audited. */
    @Transactional
    public MeetingDetail getMeetingDetail(long id) {
        CurrentUser user = user();
        MeetingView meeting = findMeeting(id);
        Visibility visible = visibility(user);
        MinutesView minutes = meetings.findMinutes(id, visible).orElse(null);
        List<DecisionView> decisions = meetings.listDecisionsOfMeeting(id, visible);
        List<TaskView> tasks = meetings.listTasksOfMeeting(id, visible);
        if (minutes != null && minutes.classification() == Classification.RESTRICTED) {
            audit.read(user, "minutes", id);
        }
        decisions.stream().filter(d -> d.classification() == Classification.RESTRICTED).forEach(d -> audit.read(user, "decision", d.id()));
        tasks.stream().filter(t -> t.classification() == Classification.RESTRICTED).forEach(t -> audit.read(user, "task", t.id()));
        return new MeetingDetail(meeting, meetings.listAgenda(id), meetings.listAttendance(id), minutes, decisions, tasks);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> listMeetingsOfBody(long bodyId) {
        user();
        getBody(bodyId);
        return meetings.listMeetingsOfBody(bodyId);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> listUpcoming(int limit) {
        user();
        return meetings.listMeetings(Instant.now(clock).minusSeconds(12 * 3600), limit);
    }

    @Transactional(readOnly = true)
    public List<MeetingView> listRecent(int limit) {
        user();
        return meetings.listMeetings(null, limit);
    }

    @Transactional
    public DecisionView getDecision(long id) {
        CurrentUser user = user();
        DecisionView decision = meetings.findDecision(id, visibility(user))
                .orElseThrow(() -> new NotFound("There is no decision " + id + " that you may see."));
        if (decision.classification() == Classification.RESTRICTED) {
            audit.read(user, "decision", id);
        }
        return decision;
    }

    /** Decisions the reader may see whose title or text contains the query; restricted ones returned are audited as read. */
    @Transactional
    public List<DecisionView> searchDecisions(String query, Long bodyId, int limit) {
        CurrentUser user = user();
        List<DecisionView> found = meetings.searchDecisions(query, bodyId, visibility(user), limit);
        found.stream().filter(d -> d.classification() == Classification.RESTRICTED).forEach(d -> audit.read(user, "decision", d.id()));
        return found;
    }

    @Transactional
    public TaskView getTask(long id) {
        CurrentUser user = user();
        TaskView task = meetings.findTask(id, visibility(user)).orElseThrow(() -> new NotFound("There is no task " + id + " that you may see."));
        if (task.classification() == Classification.RESTRICTED) {
            audit.read(user, "task", id);
        }
        return task;
    }

    /** Open tasks assigned to the reader or to their organisations. */
    @Transactional(readOnly = true)
    public List<TaskView> listMyTasks() {
        CurrentUser user = user();
        Visibility visible = visibility(user);
        Long person = organisations.findPersonOfUser(user.id()).map(p -> p.id()).orElse(null);
        return meetings.listTasks(person, visible.organisations(), false, today(), visible, 500);
    }

    /** Open tasks past their due date that the reader may see. */
    @Transactional(readOnly = true)
    public List<TaskView> listOverdueTasks() {
        CurrentUser user = user();
        return meetings.listTasks(null, null, true, today(), visibility(user), 500);
    }

    /** Open tasks of every body that the reader may see, earliest due first (for status reviews). */
    @Transactional(readOnly = true)
    public List<TaskView> listOpenTasks(int limit) {
        CurrentUser user = user();
        return meetings.listTasks(null, null, false, today(), visibility(user), limit);
    }

    /** Whether the signed-in user may plan meetings and record minutes, decisions and tasks of the body. */
    @Transactional(readOnly = true)
    public boolean mayRun(long bodyId) {
        return accounts.findCurrentUser().map(user -> mayRun(user, bodyId)).orElse(false);
    }

    private boolean mayRun(CurrentUser user, long bodyId) {
        return user.has(Role.ADMIN) || user.has(Role.COORDINATOR) || organisations.runsBody(user.id(), bodyId, today());
    }

    // changing ------------------------------------------------------------------------------------------------------

    private Body getBody(long bodyId) {
        return organisations.findBody(bodyId).orElseThrow(() -> new NotFound("There is no body " + bodyId + "."));
    }

    private CurrentUser runner(long bodyId) {
        CurrentUser user = user();
        getBody(bodyId);
        if (!mayRun(user, bodyId)) {
            throw new fi.turvaverkko.platform.Forbidden(
                    "Only the chair, secretary or secretariat of the body, or a coordinator, may do this.");
        }
        return user;
    }

    @Transactional
    public long planMeeting(PlanMeeting command) {
        CurrentUser user = runner(command.bodyId());
        String title = required("title", command.title(), 200);
        if (command.startsAt() == null) {
            throw new InvalidInput("startsAt", "meetings.error.required", "The meeting needs a start time.");
        }
        Instant ends = command.endsAt() != null ? command.endsAt() : command.startsAt().plusSeconds(2 * 3600);
        if (!ends.isAfter(command.startsAt())) {
            throw new InvalidInput("endsAt", "meetings.error.endsBeforeStart", "The meeting must end after it starts.");
        }
        checkOnlineUrl(command.onlineUrl());
        long id = meetings.insertMeeting(command.bodyId(), null, title, command.startsAt(), ends, optional(command.place(), 200),
                optional(command.onlineUrl(), 500), user.username());
        audit.change(user, "meeting.planned", "meeting", id, Classification.INTERNAL, "body " + command.bodyId() + ", " + title + ", " + command.startsAt());
        return id;
    }

    /** A recurring schedule (e.g. every six months): creates its meetings, at most 24. */
    @Transactional
    public List<Long> scheduleMeetings(ScheduleMeetings command) {
        CurrentUser user = runner(command.bodyId());
        String title = required("title", command.title(), 200);
        if (command.firstStartsAt() == null) {
            throw new InvalidInput("firstStartsAt", "The schedule needs the first meeting's start time.");
        }
        if (command.everyMonths() < 1 || command.everyMonths() > 24) {
            throw new InvalidInput("everyMonths", "meetings.error.everyMonths", "Meetings repeat every 1 to 24 months.");
        }
        if (command.count() < 1 || command.count() > MAX_SCHEDULED) {
            throw new InvalidInput("count", "meetings.error.count", "A schedule creates 1 to " + MAX_SCHEDULED + " meetings.", MAX_SCHEDULED);
        }
        if (command.durationMinutes() < 15 || command.durationMinutes() > 1440) {
            throw new InvalidInput("durationMinutes", "A meeting lasts 15 minutes to 24 hours.");
        }
        String place = optional(command.place(), 200);
        long schedule = meetings.insertSchedule(command.bodyId(), title, command.everyMonths(), command.firstStartsAt(),
                command.durationMinutes(), place, user.username());
        ZonedDateTime first = command.firstStartsAt().atZone(HELSINKI);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < command.count(); i++) {
            Instant starts = first.plusMonths((long) i * command.everyMonths()).toInstant();
            ids.add(meetings.insertMeeting(command.bodyId(), schedule, title, starts, starts.plusSeconds(command.durationMinutes() * 60L),
                    place, null, user.username()));
        }
        audit.change(user, "meeting.scheduled", "schedule", schedule, Classification.INTERNAL,
                "body " + command.bodyId() + ", every " + command.everyMonths() + " months, " + ids.size() + " meetings");
        return ids;
    }

    @Transactional
    public long addAgendaItem(long meetingId, AddAgendaItem command) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        long id = meetings.insertAgendaItem(meetingId, required("title", command.title(), 300), optional(command.description(), 4000));
        audit.change(user, "meeting.agenda-item.added", "meeting", meetingId, Classification.INTERNAL, command.title());
        return id;
    }

    @Transactional
    public void recordAttendance(long meetingId, long personId, AttendanceStatus status) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        organisations.findPerson(personId).orElseThrow(() -> new InvalidInput("personId", "There is no person " + personId + "."));
        if (status == null) {
            throw new InvalidInput("status", "Attendance is PRESENT, ABSENT or EXCUSED.");
        }
        meetings.saveAttendance(meetingId, personId, null, status);
        audit.change(user, "meeting.attendance.recorded", "meeting", meetingId, Classification.INTERNAL, "person " + personId + " " + status);
    }

    @Transactional
    public void markHeld(long meetingId, MeetingStatus status) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        meetings.updateMeetingStatus(meetingId, status);
        audit.change(user, "meeting.status.changed", "meeting", meetingId, Classification.INTERNAL, meeting.status() + " → " + status);
    }

    @Transactional
    public void writeMinutes(long meetingId, WriteMinutes command) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        Sharing sharing = checkSharing(command.sharing());
        Optional<Classification> before = meetings.findMinutesClassification(meetingId);
        if (before.isPresent() && command.sharing().classification().isLowerThan(before.get())) {
            throw new InvalidInput("classification", "meetings.error.minutesLowered", "The classification of minutes cannot be lowered by editing them.");
        }
        meetings.saveMinutes(meetingId, required("text", command.text(), 100_000), sharing, ownerOf(meeting.bodyId()), user.username());
        audit.change(user, "meeting.minutes.written", "minutes", meetingId, sharing.classification(),
                "classification " + before.map(Enum::name).orElse("none") + " → " + sharing.classification() + sharingSummary(sharing));
    }

    @Transactional
    public long recordDecision(long meetingId, RecordDecision command) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        Sharing sharing = checkSharing(command.sharing());
        if (command.agendaItemId() != null && !meetings.agendaItemBelongsTo(command.agendaItemId(), meetingId)) {
            throw new InvalidInput("agendaItemId", "Agenda item " + command.agendaItemId() + " is not on this meeting's agenda.");
        }
        int year = meeting.startsAt().atZone(HELSINKI).getYear();
        long id = meetings.insertDecision(meetingId, meeting.bodyId(), year, command.agendaItemId(),
                required("title", command.title(), 300), required("text", command.text(), 20_000), sharing, ownerOf(meeting.bodyId()),
                user.username());
        audit.change(user, "meeting.decision.recorded", "decision", id, sharing.classification(),
                "meeting " + meetingId + sharingSummary(sharing));
        return id;
    }

    @Transactional
    public long assignTask(long meetingId, AssignTask command) {
        MeetingView meeting = findMeeting(meetingId);
        CurrentUser user = runner(meeting.bodyId());
        if (command.assigneePersonId() == null && command.assigneeOrganisationId() == null) {
            throw new InvalidInput("assignee", "meetings.error.assignee", "A task needs an owner: a person or an organisation.");
        }
        if (command.assigneePersonId() != null && organisations.findPerson(command.assigneePersonId()).isEmpty()) {
            throw new InvalidInput("assigneePersonId", "There is no person " + command.assigneePersonId() + ".");
        }
        if (command.assigneeOrganisationId() != null && organisations.findOrganisation(command.assigneeOrganisationId()).isEmpty()) {
            throw new InvalidInput("assigneeOrganisationId", "There is no organisation " + command.assigneeOrganisationId() + ".");
        }
        if (command.dueDate() == null) {
            throw new InvalidInput("dueDate", "meetings.error.required", "A task needs a due date.");
        }
        if (command.decisionId() != null && !meetings.decisionBelongsTo(command.decisionId(), meetingId)) {
            throw new InvalidInput("decisionId", "Decision " + command.decisionId() + " was not made in this meeting.");
        }
        Sharing sharing = checkSharing(command.sharing());
        if (sharing.classification() == Classification.RESTRICTED && command.assigneeOrganisationId() != null) {
            // whoever must do the task must be able to see it
            Set<Long> shared = new java.util.HashSet<>(sharing.organisations());
            shared.add(command.assigneeOrganisationId());
            sharing = new Sharing(sharing.classification(), shared, sharing.bodies(), sharing.legalBasis());
        }
        long id = meetings.insertTask(meetingId, command.decisionId(), required("title", command.title(), 300),
                optional(command.description(), 4000), command.assigneePersonId(), command.assigneeOrganisationId(),
                command.dueDate(), sharing, ownerOf(meeting.bodyId()), user.username());
        audit.change(user, "meeting.task.assigned", "task", id, sharing.classification(), "due " + command.dueDate() + sharingSummary(sharing));
        return id;
    }

    /** The task's status, by its assignee or by those who run the body. */
    @Transactional
    public void changeTaskStatus(long taskId, TaskStatus status) {
        CurrentUser user = user();
        Visibility visible = visibility(user);
        TaskView task = meetings.findTask(taskId, visible).orElseThrow(() -> new NotFound("There is no task " + taskId + " that you may see."));
        boolean assignee = organisations.findPersonOfUser(user.id()).map(p -> p.id() == (task.assigneePersonId() == null ? -1 : task.assigneePersonId())).orElse(false)
                || (task.assigneeOrganisationId() != null && visible.organisations().contains(task.assigneeOrganisationId()));
        if (!assignee && !mayRun(user, task.bodyId())) {
            throw new fi.turvaverkko.platform.Forbidden("Only the task's owner or those who run the body may change its status.");
        }
        if (status == null) {
            throw new InvalidInput("status", "status is OPEN, IN_PROGRESS, DONE or CANCELLED.");
        }
        meetings.updateTaskStatus(taskId, status);
        audit.change(user, "meeting.task.status-changed", "task", taskId, task.classification(), task.status() + " → " + status);
    }

    /**
     * Changes who may see a decision. Lowering the classification (making it visible to more people) needs a
     * coordinator or a member of the owning organisation, and a reason; both directions are audited with the reason.
     */
    @Transactional
    public void reclassifyDecision(long decisionId, Reclassify command) {
        CurrentUser user = user();
        Visibility visible = visibility(user);
        // the reader must see the decision to change it; otherwise it does not exist for them
        meetings.findDecision(decisionId, visible).orElseThrow(() -> new NotFound("There is no decision " + decisionId + " that you may see."));
        var stored = meetings.findDecisionForChange(decisionId).orElseThrow();
        Sharing sharing = checkSharing(command.sharing());
        String reason = command.reason() == null ? "" : command.reason().trim();
        boolean lowering = sharing.classification().isLowerThan(stored.classification());
        if (lowering) {
            boolean owner = stored.ownerOrganisationId() != null && visible.organisations().contains(stored.ownerOrganisationId());
            if (!(user.has(Role.COORDINATOR) || user.has(Role.ADMIN) || owner)) {
                throw new fi.turvaverkko.platform.Forbidden(
                        "Only a coordinator or the owning organisation may lower a classification.");
            }
            if (reason.length() < 5) {
                throw new InvalidInput("reason", "meetings.error.reason", "Lowering a classification needs a reason (at least a sentence).");
            }
        } else if (!mayRun(user, stored.bodyId())) {
            throw new fi.turvaverkko.platform.Forbidden(
                    "Only the chair, secretary or secretariat of the body, or a coordinator, may do this.");
        }
        meetings.reclassifyDecision(decisionId, sharing);
        audit.change(user, lowering ? "meeting.decision.classification-lowered" : "meeting.decision.reclassified", "decision",
                decisionId, sharing.classification(), stored.classification() + " → " + sharing.classification()
                        + sharingSummary(sharing) + (reason.isEmpty() ? "" : "; reason: " + reason));
    }

    private Sharing checkSharing(Sharing sharing) {
        if (sharing == null) {
            throw new InvalidInput("classification", "classification is required: PUBLIC, INTERNAL or RESTRICTED.");
        }
        for (Long organisation : sharing.organisations()) {
            if (organisations.findOrganisation(organisation).isEmpty()) {
                throw new InvalidInput("sharedWith", "There is no organisation " + organisation + " to share with.");
            }
        }
        for (Long body : sharing.bodies()) {
            if (organisations.findBody(body).isEmpty()) {
                throw new InvalidInput("sharedWith", "There is no body " + body + " to share with.");
            }
        }
        return sharing;
    }

    /** The records of a body are owned by its secretariat organisation. */
    private Long ownerOf(long bodyId) {
        return getBody(bodyId).secretariatOrganisationId();
    }

    private static String sharingSummary(Sharing sharing) {
        if (sharing.classification() != Classification.RESTRICTED) {
            return "";
        }
        return "; shared with organisations " + sharing.organisations() + " and bodies " + sharing.bodies() + "; legal basis " + sharing.legalBasis();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "meetings.error.required", field + " is required.");
        }
        if (value.length() > max) {
            throw new InvalidInput(field, "meetings.error.tooLong", field + " is at most " + max + " characters.", max);
        }
        return value.trim();
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInput(null, "A text is at most " + max + " characters.");
        }
        return value.trim();
    }

    private static void checkOnlineUrl(String url) {
        if (url != null && !url.isBlank() && !url.matches("https://\\S+")) {
            throw new InvalidInput("onlineUrl", "meetings.error.onlineUrl", "The online meeting link must be an https:// address.");
        }
    }
}
