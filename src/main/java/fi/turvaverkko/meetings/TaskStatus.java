package fi.turvaverkko.meetings;

public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }

    public String messageKey() {
        return "meetings.taskStatus." + name();
    }
}
