package fi.turvaverkko.access;

/** What a person does in the safety work. Roles will later be tied to organisations and limited to areas. */
public enum Role {
    ADMIN, COORDINATOR, POLICE_COORDINATOR, ANALYST, MEMBER, EXECUTIVE;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
