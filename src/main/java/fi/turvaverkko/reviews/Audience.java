package fi.turvaverkko.reviews;

/** Whom a status review is prepared for. The expert group's review carries every action in an annex. */
public enum Audience {
    MANAGEMENT_GROUP, CITY_LEADERSHIP, EXPERT_GROUP;

    public String messageKey() {
        return "review.audience." + name();
    }

    /** Whether the review lists every action of the plan in an annex (the expert group follows them one by one). */
    public boolean wantsActionAnnex() {
        return this == EXPERT_GROUP;
    }
}
