package fi.turvaverkko.meetings.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.meetings.AttendanceStatus;
import fi.turvaverkko.meetings.Commands;
import fi.turvaverkko.meetings.MeetingStatus;
import fi.turvaverkko.meetings.Meetings;
import fi.turvaverkko.meetings.Sharing;
import fi.turvaverkko.meetings.TaskStatus;
import fi.turvaverkko.meetings.Views.DecisionView;
import fi.turvaverkko.meetings.Views.MeetingDetail;
import fi.turvaverkko.meetings.Views.MeetingView;
import fi.turvaverkko.meetings.Views.TaskView;
import fi.turvaverkko.platform.Enums;
import fi.turvaverkko.platform.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Meetings", description = "Meetings of cooperation bodies, their minutes, numbered decisions and follow-up tasks. "
        + "Minutes, decisions and tasks are classified: a RESTRICTED one is visible only to the organisations and bodies it is "
        + "shared with and its owner; for anyone else it does not exist (404).")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping("/api")
class MeetingApiController {

    private final Meetings meetings;

    MeetingApiController(Meetings meetings) {
        this.meetings = meetings;
    }

    /** Classification with, for RESTRICTED, the organisations and bodies it is shared with and the legal basis. */
    record SharingRequest(String classification, SharedWith sharedWith, String legalBasis) {
        Sharing toSharing() {
            Classification c = Classification.find(classification).orElseThrow(() -> new InvalidInput("classification",
                    "classification must be PUBLIC, INTERNAL or RESTRICTED; got '" + classification + "'."));
            return new Sharing(c, sharedWith == null ? Set.of() : sharedWith.organisations(),
                    sharedWith == null ? Set.of() : sharedWith.bodies(), legalBasis);
        }
    }

    record SharedWith(Set<Long> organisations, Set<Long> bodies) {
        SharedWith {
            organisations = organisations == null ? Set.of() : organisations;
            bodies = bodies == null ? Set.of() : bodies;
        }
    }

    record PlanMeetingRequest(String title, Instant startsAt, Instant endsAt, String place, String onlineUrl) {
    }

    record ScheduleRequest(String title, Instant firstStartsAt, Integer durationMinutes, Integer everyMonths, Integer count, String place) {
    }

    record AgendaItemRequest(String title, String description) {
    }

    record AttendanceRequest(Long personId, String status) {
    }

    record MinutesRequest(String text, String classification, SharedWith sharedWith, String legalBasis) {
    }

    record DecisionRequest(Long agendaItemId, String title, String text, String classification, SharedWith sharedWith, String legalBasis) {
    }

    record TaskRequest(Long decisionId, String title, String description, Long assigneePersonId, Long assigneeOrganisationId,
            LocalDate dueDate, String classification, SharedWith sharedWith, String legalBasis) {
    }

    record StatusRequest(String status) {
    }

    record ReclassifyRequest(String classification, SharedWith sharedWith, String legalBasis, String reason) {
    }

    record Created(long id) {
    }

    @Operation(summary = "Meetings of a body, newest first")
    @GetMapping("/bodies/{bodyId}/meetings")
    List<MeetingView> meetingsOfBody(@PathVariable long bodyId) {
        return meetings.listMeetingsOfBody(bodyId);
    }

    @Operation(summary = "Plan a meeting of a body (its chair, secretary or secretariat, or a coordinator)")
    @PostMapping("/bodies/{bodyId}/meetings")
    ResponseEntity<Created> planMeeting(@PathVariable long bodyId, @RequestBody PlanMeetingRequest request) {
        long id = meetings.planMeeting(new Commands.PlanMeeting(bodyId, request.title(), request.startsAt(), request.endsAt(),
                request.place(), request.onlineUrl()));
        return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(new Created(id));
    }

    @Operation(summary = "Schedule recurring meetings of a body (e.g. every six months)")
    @PostMapping("/bodies/{bodyId}/meeting-schedules")
    @ResponseStatus(HttpStatus.CREATED)
    List<Long> schedule(@PathVariable long bodyId, @RequestBody ScheduleRequest request) {
        return meetings.scheduleMeetings(new Commands.ScheduleMeetings(bodyId, request.title(), request.firstStartsAt(),
                request.durationMinutes() == null ? 120 : request.durationMinutes(),
                request.everyMonths() == null ? 0 : request.everyMonths(), request.count() == null ? 0 : request.count(), request.place()));
    }

    @Operation(summary = "A meeting: agenda, attendance, and the minutes, decisions and tasks the caller may see")
    @GetMapping("/meetings/{id}")
    MeetingDetail meeting(@PathVariable long id) {
        return meetings.getMeetingDetail(id);
    }

    @Operation(summary = "Add an item to the agenda")
    @PostMapping("/meetings/{id}/agenda-items")
    @ResponseStatus(HttpStatus.CREATED)
    Created agendaItem(@PathVariable long id, @RequestBody AgendaItemRequest request) {
        return new Created(meetings.addAgendaItem(id, new Commands.AddAgendaItem(request.title(), request.description())));
    }

    @Operation(summary = "Record a person's attendance (PRESENT, ABSENT, EXCUSED)")
    @PostMapping("/meetings/{id}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void attendance(@PathVariable long id, @RequestBody AttendanceRequest request) {
        if (request.personId() == null) {
            throw new InvalidInput("personId", "personId is required.");
        }
        meetings.recordAttendance(id, request.personId(), Enums.parse(AttendanceStatus.class, "status", request.status()));
    }

    @Operation(summary = "Mark a meeting PLANNED, HELD or CANCELLED")
    @PutMapping("/meetings/{id}/status")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void meetingStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        meetings.markHeld(id, Enums.parse(MeetingStatus.class, "status", request.status()));
    }

    @Operation(summary = "Write the minutes, with their classification")
    @PutMapping("/meetings/{id}/minutes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void minutes(@PathVariable long id, @RequestBody MinutesRequest request) {
        meetings.writeMinutes(id, new Commands.WriteMinutes(request.text(),
                new SharingRequest(request.classification(), request.sharedWith(), request.legalBasis()).toSharing()));
    }

    @Operation(summary = "Record a numbered decision (§) with its classification; RESTRICTED needs sharedWith and legalBasis")
    @PostMapping("/meetings/{id}/decisions")
    ResponseEntity<DecisionView> decision(@PathVariable long id, @RequestBody DecisionRequest request) {
        long decision = meetings.recordDecision(id, new Commands.RecordDecision(request.agendaItemId(), request.title(), request.text(),
                new SharingRequest(request.classification(), request.sharedWith(), request.legalBasis()).toSharing()));
        return ResponseEntity.created(URI.create("/api/decisions/" + decision)).body(meetings.getDecision(decision));
    }

    @Operation(summary = "Assign a follow-up task to a person or an organisation")
    @PostMapping("/meetings/{id}/tasks")
    ResponseEntity<TaskView> task(@PathVariable long id, @RequestBody TaskRequest request) {
        long task = meetings.assignTask(id, new Commands.AssignTask(request.decisionId(), request.title(), request.description(),
                request.assigneePersonId(), request.assigneeOrganisationId(), request.dueDate(),
                new SharingRequest(request.classification(), request.sharedWith(), request.legalBasis()).toSharing()));
        return ResponseEntity.created(URI.create("/api/tasks/" + task)).body(meetings.getTask(task));
    }

    @Operation(summary = "Decisions the caller may see; q searches titles and texts")
    @GetMapping("/decisions")
    List<DecisionView> decisions(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long body,
            @RequestParam(defaultValue = "100") int limit) {
        return meetings.searchDecisions(q, body, Math.clamp(limit, 1, 1000));
    }

    @Operation(summary = "The same decisions as CSV")
    @GetMapping(value = "/decisions.csv", produces = "text/csv")
    ResponseEntity<byte[]> decisionsCsv(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"decisions.csv\"")
                .body(DecisionCsv.write(meetings.searchDecisions(q, body, 10_000)));
    }

    @Operation(summary = "A decision, if the caller may see it")
    @GetMapping("/decisions/{id}")
    DecisionView decision(@PathVariable long id) {
        return meetings.getDecision(id);
    }

    @Operation(summary = "Change a decision's classification; lowering needs a coordinator or the owning organisation, and a reason")
    @PostMapping("/decisions/{id}/classification")
    DecisionView reclassify(@PathVariable long id, @RequestBody ReclassifyRequest request) {
        meetings.reclassifyDecision(id, new Commands.Reclassify(
                new SharingRequest(request.classification(), request.sharedWith(), request.legalBasis()).toSharing(), request.reason()));
        return meetings.getDecision(id);
    }

    @Operation(summary = "Open tasks: mine (assigned to me or my organisations) or overdue")
    @GetMapping("/tasks")
    List<TaskView> tasks(@RequestParam(defaultValue = "false") boolean overdue) {
        return overdue ? meetings.listOverdueTasks() : meetings.listMyTasks();
    }

    @Operation(summary = "A task, if the caller may see it")
    @GetMapping("/tasks/{id}")
    TaskView task(@PathVariable long id) {
        return meetings.getTask(id);
    }

    @Operation(summary = "Change a task's status (its owner, or those who run the body)")
    @PutMapping("/tasks/{id}/status")
    TaskView taskStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        meetings.changeTaskStatus(id, Enums.parse(TaskStatus.class, "status", request.status()));
        return meetings.getTask(id);
    }
}
