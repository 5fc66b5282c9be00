package fi.turvaverkko.signals;

/** How the source knows what it reports. */
public enum Reliability {
    /** seen or heard by the reporter */
    OBSERVED,
    /** told to the reporter by others */
    REPORTED,
    /** a rumour or an impression not yet confirmed */
    UNCONFIRMED;

    public String messageKey() {
        return "signal.reliability." + name();
    }
}
