package fi.turvaverkko.access.internal;

/** Where an account stands: in use, waiting for an administrator's approval, or turned down. */
public enum AccountStatus {
    ACTIVE, PENDING, REJECTED;

    public String messageKey() {
        return "access.status." + name();
    }
}
