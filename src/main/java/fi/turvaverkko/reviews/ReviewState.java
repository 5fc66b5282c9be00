package fi.turvaverkko.reviews;

/**
 * A review is a draft while it is compiled and written, approved by a coordinator, and published: from then on it is
 * immutable (the database refuses changes). An approved review can be returned to draft before it is published.
 */
public enum ReviewState {
    DRAFT, APPROVED, PUBLISHED;

    public String messageKey() {
        return "review.state." + name();
    }
}
