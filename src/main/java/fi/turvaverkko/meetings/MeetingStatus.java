package fi.turvaverkko.meetings;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED;

    public String messageKey() {
        return "meetings.status." + name();
    }
}
