package fi.turvaverkko.meetings;

public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED;

    public String messageKey() {
        return "meetings.attendance." + name();
    }
}
