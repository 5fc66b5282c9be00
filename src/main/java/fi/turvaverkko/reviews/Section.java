package fi.turvaverkko.reviews;

/** The narrative sections a coordinator writes; the rest of a review is compiled. In the order the document shows them. */
public enum Section {
    SUMMARY, SITUATION, PROGRESS, OUTLOOK, PROPOSALS;

    public static final int MAX_LENGTH = 20_000;

    public String messageKey() {
        return "review.section." + name();
    }

    public String hintKey() {
        return "review.section-hint." + name();
    }
}
