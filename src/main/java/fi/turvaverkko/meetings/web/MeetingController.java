package fi.turvaverkko.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.meetings.AttendanceStatus;
import fi.turvaverkko.meetings.Commands;
import fi.turvaverkko.meetings.MeetingStatus;
import fi.turvaverkko.meetings.Meetings;
import fi.turvaverkko.meetings.Sharing;
import fi.turvaverkko.meetings.TaskStatus;
import fi.turvaverkko.meetings.Views.MeetingView;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.organisations.Person;
import fi.turvaverkko.platform.InvalidInput;
import fi.turvaverkko.platform.NotFound;

/** Meeting pages: the list, planning a meeting, the meeting with its minutes, decisions and tasks, the print view, my tasks. */
@Controller
class MeetingController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Meetings meetings;
    private final Organisations organisations;
    private final MessageSource messages;

    MeetingController(Meetings meetings, Organisations organisations, MessageSource messages) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The classification part of a form: the radio buttons, the sharing lists and the legal basis. */
    record SharingForm(String classification, List<Long> sharedOrganisations, List<Long> sharedBodies, String legalBasis) {
        Sharing toSharing() {
            Classification c = Classification.find(classification).orElseThrow(() -> new InvalidInput("classification",
                    "meetings.error.classification", "classification is required"));
            return new Sharing(c, sharedOrganisations == null ? Set.of() : new HashSet<>(sharedOrganisations),
                    sharedBodies == null ? Set.of() : new HashSet<>(sharedBodies), legalBasis);
        }
    }

    record MeetingForm(Long body, String title, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
            String onlineUrl, Integer everyMonths, Integer count) implements java.io.Serializable {
    }

    record DecisionForm(Long agendaItemId, String title, String text, String classification, List<Long> sharedOrganisations,
            List<Long> sharedBodies, String legalBasis) implements java.io.Serializable {
    }

    record TaskForm(Long decisionId, String title, String description, Long assigneePersonId, Long assigneeOrganisationId,
            LocalDate dueDate, String classification, List<Long> sharedOrganisations, List<Long> sharedBodies, String legalBasis) implements java.io.Serializable {
    }

    record MinutesForm(String text, String classification, List<Long> sharedOrganisations, List<Long> sharedBodies, String legalBasis) implements java.io.Serializable {
    }

    @ModelAttribute("classifications")
    Classification[] classifications() {
        return Classification.values();
    }

    private Map<Long, Body> bodiesById() {
        return organisations.listBodies().stream().collect(Collectors.toMap(Body::id, Function.identity()));
    }

    private Map<Long, Organisation> organisationsById() {
        return organisations.listOrganisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a));
    }

    private Map<Long, Person> peopleById() {
        return organisations.listPeople().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) Long body, Model model) {
        if (body != null) {
            var ofBody = meetings.listMeetingsOfBody(body);
            var now = Instant.now();
            model.addAttribute("upcoming", ofBody.stream().filter(m -> m.endsAt().isAfter(now)).sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList());
            model.addAttribute("recent", ofBody.stream().filter(m -> !m.endsAt().isAfter(now)).toList());
            model.addAttribute("body", organisations.findBody(body).orElseThrow(() -> new NotFound("body")));
        } else {
            model.addAttribute("upcoming", meetings.listUpcoming(50));
            model.addAttribute("recent", meetings.listRecent(20));
        }
        model.addAttribute("bodies", bodiesById());
        model.addAttribute("allBodies", organisations.listBodies());
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) Long body, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MeetingForm(body, null, null, LocalTime.of(9, 0), LocalTime.of(11, 0), null, null, null, null));
        }
        model.addAttribute("allBodies", organisations.listBodies());
        return "meetings/new";
    }

    @PostMapping("/meetings/new")
    String planMeeting(@ModelAttribute MeetingForm form, RedirectAttributes redirect, Locale locale) {
        try {
            if (form.body() == null) {
                throw new InvalidInput("body", "meetings.error.required", "body is required");
            }
            if (form.date() == null || form.startTime() == null) {
                throw new InvalidInput("date", "meetings.error.required", "date is required");
            }
            Instant starts = LocalDateTime.of(form.date(), form.startTime()).atZone(HELSINKI).toInstant();
            Instant ends = form.endTime() == null ? null : LocalDateTime.of(form.date(), form.endTime()).atZone(HELSINKI).toInstant();
            if (form.everyMonths() != null && form.everyMonths() > 0) {
                int minutes = ends == null ? 120 : (int) java.time.Duration.between(starts, ends).toMinutes();
                List<Long> ids = meetings.scheduleMeetings(new Commands.ScheduleMeetings(form.body(), form.title(), starts, minutes,
                        form.everyMonths(), form.count() == null ? 4 : form.count(), form.place()));
                redirect.addFlashAttribute("notice", messages.getMessage("meetings.notice.scheduled", new Object[] { ids.size() }, locale));
                return "redirect:/meetings/" + ids.getFirst();
            }
            long id = meetings.planMeeting(new Commands.PlanMeeting(form.body(), form.title(), starts, ends, form.place(), form.onlineUrl()));
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.notice.planned", null, locale));
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("form", form);
            fail(redirect, e, locale);
            return "redirect:/meetings/new" + (form.body() == null ? "" : "?body=" + form.body());
        }
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        var detail = meetings.getMeetingDetail(id);
        MeetingView meeting = detail.meeting();
        Body body = organisations.findBody(meeting.bodyId()).orElseThrow(() -> new NotFound("body"));
        model.addAttribute("detail", detail);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", body);
        model.addAttribute("mayRun", meetings.mayRun(meeting.bodyId()));
        model.addAttribute("members", organisations.listMembers(meeting.bodyId(), LocalDate.ofInstant(meeting.startsAt(), HELSINKI)));
        model.addAttribute("people", peopleById());
        model.addAttribute("allPeople", organisations.listPeople());
        model.addAttribute("organisations", organisationsById());
        model.addAttribute("allOrganisations", organisations.listOrganisations());
        model.addAttribute("bodies", bodiesById());
        model.addAttribute("allBodies", organisations.listBodies());
        model.addAttribute("attendanceStatuses", AttendanceStatus.values());
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("meetingStatuses", MeetingStatus.values());
        model.addAttribute("today", meetings.today());
        model.addAttribute("attendance", detail.attendance().stream().collect(Collectors.toMap(a -> a.personId(), a -> a.status())));
        if (!model.containsAttribute("minutesForm") && detail.minutes() != null) {
            var minutes = detail.minutes();
            model.addAttribute("minutesCurrent", new MinutesForm(minutes.text(), minutes.classification().name(),
                    List.copyOf(minutes.sharedOrganisations()), List.copyOf(minutes.sharedBodies()), minutes.legalBasis()));
        } else {
            model.addAttribute("minutesCurrent", model.getAttribute("minutesForm"));
        }
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{id}/print")
    String print(@PathVariable long id, Model model) {
        meeting(id, model);
        return "meetings/print";
    }

    @PostMapping("/meetings/{id}/agenda")
    String addAgendaItem(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, RedirectAttributes redirect, Locale locale) {
        return act(id, "agenda", redirect, locale, () -> meetings.addAgendaItem(id, new Commands.AddAgendaItem(title, description)));
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        return act(id, "attendance", redirect, locale, () -> form.forEach((name, value) -> {
            if (name.startsWith("person-") && !value.isBlank()) {
                meetings.recordAttendance(id, Long.parseLong(name.substring(7)), AttendanceStatus.valueOf(value));
            }
        }));
    }

    @PostMapping("/meetings/{id}/status")
    String status(@PathVariable long id, @RequestParam String status, RedirectAttributes redirect, Locale locale) {
        return act(id, "top", redirect, locale, () -> meetings.markHeld(id, fi.turvaverkko.platform.Enums.parse(MeetingStatus.class, "status", status)));
    }

    @PostMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable long id, @ModelAttribute MinutesForm form, RedirectAttributes redirect, Locale locale) {
        return actKeeping("minutesForm", form, id, "minutes", redirect, locale, () -> meetings.writeMinutes(id, new Commands.WriteMinutes(form.text(),
                new SharingForm(form.classification(), form.sharedOrganisations(), form.sharedBodies(), form.legalBasis()).toSharing())));
    }

    @PostMapping("/meetings/{id}/decisions")
    String decision(@PathVariable long id, @ModelAttribute DecisionForm form, RedirectAttributes redirect, Locale locale) {
        return actKeeping("decisionForm", form, id, "decisions", redirect, locale, () -> meetings.recordDecision(id, new Commands.RecordDecision(form.agendaItemId(),
                form.title(), form.text(),
                new SharingForm(form.classification(), form.sharedOrganisations(), form.sharedBodies(), form.legalBasis()).toSharing())));
    }

    @PostMapping("/meetings/{id}/tasks")
    String task(@PathVariable long id, @ModelAttribute TaskForm form, RedirectAttributes redirect, Locale locale) {
        return actKeeping("taskForm", form, id, "tasks", redirect, locale, () -> meetings.assignTask(id, new Commands.AssignTask(form.decisionId(), form.title(),
                form.description(), form.assigneePersonId(), form.assigneeOrganisationId(), form.dueDate(),
                new SharingForm(form.classification(), form.sharedOrganisations(), form.sharedBodies(), form.legalBasis()).toSharing())));
    }

    record ReclassifyForm(String classification, List<Long> sharedOrganisations, List<Long> sharedBodies, String legalBasis,
            String reason) implements java.io.Serializable {
    }

    @PostMapping("/decisions/{decisionId}/classification")
    String reclassify(@PathVariable long decisionId, @ModelAttribute ReclassifyForm form, RedirectAttributes redirect, Locale locale) {
        long meetingId = meetings.getDecision(decisionId).meetingId();
        return act(meetingId, "decision-" + decisionId, redirect, locale, () -> meetings.reclassifyDecision(decisionId,
                new Commands.Reclassify(new SharingForm(form.classification(), form.sharedOrganisations(), form.sharedBodies(),
                        form.legalBasis()).toSharing(), form.reason())));
    }

    @PostMapping("/tasks/{taskId}/status")
    String taskStatus(@PathVariable long taskId, @RequestParam String status, @RequestParam(defaultValue = "/tasks") String returnTo,
            RedirectAttributes redirect, Locale locale) {
        try {
            meetings.changeTaskStatus(taskId, fi.turvaverkko.platform.Enums.parse(TaskStatus.class, "status", status));
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.notice.saved", null, locale));
        } catch (InvalidInput e) {
            fail(redirect, e, locale);
        }
        return "redirect:" + (returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/tasks");
    }

    @GetMapping("/tasks")
    String myTasks(Model model) {
        model.addAttribute("tasks", meetings.listMyTasks());
        model.addAttribute("view", "mine");
        return tasksPage(model);
    }

    @GetMapping("/tasks/overdue")
    String overdue(Model model) {
        model.addAttribute("tasks", meetings.listOverdueTasks());
        model.addAttribute("view", "overdue");
        return tasksPage(model);
    }

    private String tasksPage(Model model) {
        model.addAttribute("people", peopleById());
        model.addAttribute("organisations", organisationsById());
        model.addAttribute("bodies", bodiesById());
        model.addAttribute("today", meetings.today());
        model.addAttribute("taskStatuses", TaskStatus.values());
        return "meetings/tasks";
    }

    @GetMapping("/decisions")
    String decisions(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long body, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("body", body);
        model.addAttribute("decisions", meetings.searchDecisions(q, body, 500));
        model.addAttribute("bodies", bodiesById());
        model.addAttribute("allBodies", organisations.listBodies());
        return "meetings/decisions";
    }

    @GetMapping("/decisions/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"decisions.csv\"")
                .body(DecisionCsv.write(meetings.searchDecisions(q, body, 10_000)));
    }

    /** Like {@link #act}, and on failure the form comes back filled in as it was sent. */
    private String actKeeping(String formName, Object form, long id, String anchor, RedirectAttributes redirect, Locale locale, Runnable action) {
        String view = act(id, anchor, redirect, locale, action);
        if (redirect.getFlashAttributes().containsKey("error")) {
            redirect.addFlashAttribute(formName, form);
        }
        return view;
    }

    private String act(long id, String anchor, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.notice.saved", null, locale));
        } catch (InvalidInput e) {
            fail(redirect, e, locale);
        }
        return "redirect:/meetings/" + id + "#" + anchor;
    }

    private void fail(RedirectAttributes redirect, InvalidInput e, Locale locale) {
        String text = e.messageKey() == null ? e.getMessage()
                : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), locale);
        redirect.addFlashAttribute("error", text);
        redirect.addFlashAttribute("errorField", e.field());
    }
}
