package fi.turvaverkko.organisations;

/** The kinds of parties in safety work. */
public enum OrganisationType {
    CITY_DIVISION, CITY_SERVICE, MUNICIPAL_ENTERPRISE, POLICE_DEPARTMENT, RESCUE_DEPARTMENT, JOINT_AUTHORITY,
    STATE_AUTHORITY, DEFENCE_FORCES, NGO, PARISH, BUSINESS, RESIDENTS_ASSOCIATION, SCHOOL;

    public String messageKey() {
        return "organisations.type." + name();
    }
}
