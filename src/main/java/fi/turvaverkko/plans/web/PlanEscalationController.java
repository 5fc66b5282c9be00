package fi.turvaverkko.plans.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.meetings.Commands.AddAgendaItem;
import fi.turvaverkko.meetings.Meetings;
import fi.turvaverkko.meetings.Views.MeetingView;
import fi.turvaverkko.plans.Plans;
import fi.turvaverkko.plans.Views.Escalation;
import fi.turvaverkko.plans.Views.PlanView;
import fi.turvaverkko.platform.Forbidden;
import fi.turvaverkko.platform.InvalidInput;

/**
 * The escalation list of a plan for the expert group's meeting: the actions that need attention and why, in words. A
 * coordinator adds the list as an agenda item of an upcoming meeting of a body they choose; the item's description names
 * the actions and the reasons.
 */
@Controller
class PlanEscalationController {

    static final int DESCRIPTION_MAX = 4000;

    private final Plans plans;
    private final Meetings meetings;
    private final PlanPages pages;

    PlanEscalationController(Plans plans, Meetings meetings, PlanPages pages) {
        this.plans = plans;
        this.meetings = meetings;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    PlanPages pages() {
        return pages;
    }

    @GetMapping("/plans/{id}/escalations")
    String escalations(@PathVariable long id, Model model, Locale locale) {
        PlanView plan = plans.getPlan(id);
        List<Escalation> escalations = plans.listEscalations(id);
        model.addAttribute("plan", plan);
        model.addAttribute("escalations", escalations);
        boolean mayEdit = plans.mayEditPlans();
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit) {
            List<MeetingView> upcoming = meetings.listUpcoming(100).stream()
                    .filter(m -> m.startsAt().isAfter(java.time.Instant.now()))
                    .sorted(Comparator.comparing(MeetingView::startsAt)).toList();
            Map<Long, List<MeetingView>> byBody = upcoming.stream()
                    .collect(Collectors.groupingBy(MeetingView::bodyId, LinkedHashMap::new, Collectors.toList()));
            model.addAttribute("meetingsByBody", byBody);
            Long expertGroup = pages.bodyCodes().entrySet().stream().filter(e -> e.getValue().equals("expert-group"))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            // the expert group's next meeting, else the next meeting of any body
            Long suggested = null;
            if (expertGroup != null && byBody.containsKey(expertGroup)) {
                suggested = byBody.get(expertGroup).getFirst().id();
            } else if (!upcoming.isEmpty()) {
                suggested = upcoming.getFirst().id();
            }
            if (!model.containsAttribute("chosenMeeting")) {
                model.addAttribute("chosenMeeting", suggested);
            }
        }
        return "plans/escalations";
    }

    @PostMapping("/plans/{id}/escalations/agenda")
    String addToAgenda(@PathVariable long id, @RequestParam(required = false) String meeting, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        if (!plans.mayEditPlans()) {
            throw new Forbidden("Only coordinators put the escalation list on an agenda.");
        }
        PlanView plan = plans.getPlan(id);
        try {
            Long meetingId = FormValues.id("meeting", meeting);
            if (meetingId == null) {
                throw new InvalidInput("meeting", "plans.form.invalid.meeting", "Choose the meeting.");
            }
            MeetingView chosen = meetings.getMeeting(meetingId);
            List<Escalation> escalations = plans.listEscalations(id);
            String title = pages.text("plans.escalations.agenda.title", locale, plan.title(locale));
            meetings.addAgendaItem(meetingId, new AddAgendaItem(title, description(plan, escalations, locale)));
            redirect.addFlashAttribute("notice", pages.text("plans.notice.agendaItemAdded", locale,
                    pages.body(chosen.bodyId(), locale), pages.time(chosen.startsAt(), locale)));
            redirect.addFlashAttribute("addedTo", chosen.id());
            return "redirect:/plans/" + id + "/escalations";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", pages.message(e, locale));
            model.addAttribute("chosenMeeting", null);
            return escalations(id, model, locale);
        }
    }

    /**
     * One line per action: its title, responsible organisation and the reasons; cut to what an agenda item holds. An
     * agenda is seen by every signed-in user, so restricted actions are only counted, not named.
     */
    String description(PlanView plan, List<Escalation> escalations, Locale locale) {
        List<Escalation> named = escalations.stream().filter(e -> e.action().classification() != Classification.RESTRICTED).toList();
        long restricted = escalations.size() - named.size();
        StringBuilder text = new StringBuilder(pages.text("plans.escalations.agenda.intro", locale, plan.title(locale), escalations.size()));
        text.append('\n');
        String restrictedLine = restricted == 0 ? "" : "\n" + pages.text("plans.escalations.agenda.restricted", locale, restricted);
        int written = 0;
        for (Escalation escalation : named) {
            String line = "\n– " + escalation.action().title(locale) + " (" + pages.organisation(escalation.action().responsibleOrganisationId(), locale)
                    + "): " + escalation.reasons().stream().map(r -> pages.text("plans.escalation.reason." + r.name(), locale))
                            .collect(Collectors.joining(", "));
            String more = "\n" + pages.text("plans.escalations.agenda.more", locale, named.size() - written);
            if (text.length() + line.length() + more.length() + restrictedLine.length() > DESCRIPTION_MAX) {
                text.append(more);
                break;
            }
            text.append(line);
            written++;
        }
        return text.append(restrictedLine).toString();
    }
}
