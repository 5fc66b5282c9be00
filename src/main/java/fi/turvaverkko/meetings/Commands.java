package fi.turvaverkko.meetings;

import java.time.Instant;
import java.time.LocalDate;

import fi.turvaverkko.access.Classification;

/** What people ask the meetings module to do. */
public final class Commands {

    private Commands() {
    }

    public record PlanMeeting(long bodyId, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl) {
    }

    public record ScheduleMeetings(long bodyId, String title, Instant firstStartsAt, int durationMinutes, int everyMonths,
            int count, String place) {
    }

    public record AddAgendaItem(String title, String description) {
    }

    public record RecordDecision(Long agendaItemId, String title, String text, Sharing sharing) {
    }

    public record AssignTask(Long decisionId, String title, String description, Long assigneePersonId,
            Long assigneeOrganisationId, LocalDate dueDate, Sharing sharing) {
    }

    public record WriteMinutes(String text, Sharing sharing) {
    }

    public record Reclassify(Sharing sharing, String reason) {
    }

}
