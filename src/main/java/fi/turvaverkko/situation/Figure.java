package fi.turvaverkko.situation;

/**
 * A count as one reader may see it. {@code visible} is what the reader may see signal by signal; {@code hidden} is
 * what comes from RESTRICTED signals they may not see. Disclosure control: a figure with hidden signals is shown only
 * where it is safe: when the hidden part is 5 or more, the total; when it is 1–4, never a number from which it could be
 * worked out: "<5" when the total is under 5, otherwise the visible part and "+ <5". The figure never says where a
 * hidden signal is or what it says.
 */
public record Figure(long visible, long hidden) {

    public static final int THRESHOLD = 5;

    public static Figure of(long visible, long hidden) {
        return new Figure(visible, hidden);
    }

    public static Figure exact(long count) {
        return new Figure(count, 0);
    }

    /** Whether the figure is shown as a range instead of a number. */
    public boolean suppressed() {
        return hidden > 0 && hidden < THRESHOLD;
    }

    /** The number shown, or null when the figure is suppressed. */
    public Long value() {
        return suppressed() ? null : visible + hidden;
    }

    /** The smallest value the figure can have as the reader knows it (what the map colours by). */
    public long lowerBound() {
        return suppressed() ? Math.max(visible, visible + 1) : visible + hidden;
    }

    /** Whether the figure includes signals the reader may not see. */
    public boolean includesRestricted() {
        return hidden > 0;
    }

    /** How the figure is written: "12", "<5", or "3 + <5". */
    public String display() {
        if (!suppressed()) {
            return String.valueOf(visible + hidden);
        }
        return visible + hidden < THRESHOLD || visible == 0 ? "<" + THRESHOLD : visible + " + <" + THRESHOLD;
    }

    /** The full count, for computations that publish only derived statistics; never shown as such. */
    long total() {
        return visible + hidden;
    }

    public Figure plus(Figure other) {
        return new Figure(visible + other.visible, hidden + other.hidden);
    }
}
