package fi.turvaverkko.signals;

import java.util.Set;

/** Where a signal is in triage: NEW → TRIAGED → LINKED → CLOSED (a signal can be closed or reopened at any point). */
public enum SignalStatus {
    NEW, TRIAGED, LINKED, CLOSED;

    /** The states a signal in this state may move to. */
    public Set<SignalStatus> next() {
        return switch (this) {
            case NEW -> Set.of(TRIAGED, LINKED, CLOSED);
            case TRIAGED -> Set.of(LINKED, CLOSED, NEW);
            case LINKED -> Set.of(TRIAGED, CLOSED);
            case CLOSED -> Set.of(TRIAGED);
        };
    }

    public boolean mayMoveTo(SignalStatus target) {
        return next().contains(target);
    }

    public String messageKey() {
        return "signal.status." + name();
    }
}
