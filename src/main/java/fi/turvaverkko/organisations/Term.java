package fi.turvaverkko.organisations;

import java.time.LocalDate;

import fi.turvaverkko.platform.InvalidInput;

/**
 * A period of days, both ends included: a membership, a seat in a body, a chair's turn. {@code to} null: until further
 * notice.
 */
public record Term(LocalDate from, LocalDate to) {

    public Term {
        if (from == null) {
            throw new InvalidInput("from", "A term needs a start date.");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "A term cannot end (" + to + ") before it starts (" + from + ").");
        }
    }

    public static Term of(LocalDate from, LocalDate to) {
        return new Term(from, to);
    }

    /** Whether the two terms share at least one day. */
    public boolean overlaps(Term other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean endedBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }

    public boolean startsAfter(LocalDate day) {
        return from.isAfter(day);
    }
}
