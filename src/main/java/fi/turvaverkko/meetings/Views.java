package fi.turvaverkko.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.turvaverkko.access.Classification;

/** What the meetings module shows: read models, already filtered by the access policy. */
public final class Views {

    private Views() {
    }

    public record MeetingView(long id, long bodyId, String title, Instant startsAt, Instant endsAt, String place,
            String onlineUrl, MeetingStatus status, Long scheduleId) {
    }

    public record AgendaItemView(long id, int position, String title, String description) {
    }

    public record AttendeeView(long personId, Long organisationId, AttendanceStatus status) {
    }

    public record MinutesView(long meetingId, String text, Classification classification, Long ownerOrganisationId,
            String legalBasis, Set<Long> sharedOrganisations, Set<Long> sharedBodies, String updatedBy, Instant updatedAt) {
    }

    public record DecisionView(long id, long meetingId, long bodyId, int year, int number, Long agendaItemId, String title,
            String text, Classification classification, Long ownerOrganisationId, String legalBasis,
            Set<Long> sharedOrganisations, Set<Long> sharedBodies, String createdBy, Instant createdAt) {

        /** "§ 3/2026" */
        public String reference() {
            return "§ " + number + "/" + year;
        }
    }

    public record TaskView(long id, long meetingId, long bodyId, Long decisionId, String title, String description,
            Long assigneePersonId, Long assigneeOrganisationId, LocalDate dueDate, TaskStatus status,
            Classification classification, Long ownerOrganisationId, String legalBasis, Set<Long> sharedOrganisations,
            Set<Long> sharedBodies) {

        public boolean overdue(LocalDate today) {
            return !status.closed() && dueDate.isBefore(today);
        }
    }

    /** A meeting with what the reader may see of it. */
    public record MeetingDetail(MeetingView meeting, List<AgendaItemView> agenda, List<AttendeeView> attendance,
            MinutesView minutes, List<DecisionView> decisions, List<TaskView> tasks) {
    }
}
