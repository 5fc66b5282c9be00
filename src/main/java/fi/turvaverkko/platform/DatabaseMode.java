package fi.turvaverkko.platform;

/** Whether the application runs its own PostgreSQL or uses an external server. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
