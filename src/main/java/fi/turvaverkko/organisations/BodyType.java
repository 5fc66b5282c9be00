package fi.turvaverkko.organisations;

/** The kinds of cooperation bodies. */
public enum BodyType {
    MANAGEMENT_GROUP, LEADERSHIP_MEETING, EXPERT_GROUP, AREA_NETWORK, RESIDENTS_NETWORK, STEERING_GROUP,
    RAPID_RESPONSE_GROUP, OTHER;

    public String messageKey() {
        return "organisations.bodyType." + name();
    }
}
