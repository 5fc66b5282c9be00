package fi.turvaverkko.plans;

/** Where an action stands. A completed or cancelled action is closed: nobody reports progress on it any more. */
public enum ActionState {
    PLANNED, ONGOING, COMPLETED, DELAYED, CANCELLED;

    public boolean closed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
