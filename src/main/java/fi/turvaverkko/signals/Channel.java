package fi.turvaverkko.signals;

/** How a signal reached the system. */
public enum Channel {
    FORM, API, CSV_IMPORT, POLICE_FEED, RESIDENT_FEEDBACK, DEMO;

    public String messageKey() {
        return "signal.channel." + name();
    }
}
