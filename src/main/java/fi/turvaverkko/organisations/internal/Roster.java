package fi.turvaverkko.organisations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.organisations.Term;

/**
 * The rules of a body's members taken together: a person's terms in a body never overlap, and a body has one chair at a
 * time. A clash is reported on the later of the two terms that is being added or changed.
 */
final class Roster {

    private Roster() {
    }

    /**
     * A term in the body. {@code field} names it in the request ({@code members[2]}, or "" for a lone member); null for a
     * stored term that is not being changed.
     */
    record Seat(String field, long personId, String personName, Position position, Term term) {

        static Seat stored(long personId, String personName, Position position, Term term) {
            return new Seat(null, personId, personName, position, term);
        }
    }

    static List<Violation> check(List<Seat> seats) {
        Map<String, Violation> violations = new LinkedHashMap<>();
        for (int j = 0; j < seats.size(); j++) {
            for (int i = 0; i < j; i++) {
                Seat earlier = seats.get(i), later = seats.get(j);
                if (!earlier.term().overlaps(later.term())) {
                    continue;
                }
                Seat reported = later.field() != null ? later : earlier;
                Seat other = reported == later ? earlier : later;
                if (reported.field() == null) {
                    continue;
                }
                if (reported.personId() == other.personId()) {
                    String field = field(reported, "from");
                    violations.putIfAbsent(field, Violation.of(field, "organisations.error.overlappingTerm",
                            reported.personName() + " already has a term in this body (" + describe(other.term())
                                    + ") that overlaps this one (" + describe(reported.term()) + ").",
                            reported.personName(), other.term().from(), endOf(other.term())));
                } else if (reported.position() == Position.CHAIR && other.position() == Position.CHAIR) {
                    String field = field(reported, "position");
                    violations.putIfAbsent(field, Violation.of(field, "organisations.error.twoChairs",
                            "The body has one chair at a time: " + other.personName() + " is chair (" + describe(other.term())
                                    + ") when " + reported.personName() + " would be (" + describe(reported.term()) + ").",
                            other.personName(), other.term().from(), endOf(other.term())));
                }
            }
        }
        return new ArrayList<>(violations.values());
    }

    private static String field(Seat seat, String name) {
        return seat.field().isEmpty() ? name : seat.field() + "." + name;
    }

    /** The end of a term for a message: its last day, or "" for until further notice. */
    private static Object endOf(Term term) {
        return term.to() == null ? "" : term.to();
    }

    private static String describe(Term term) {
        return term.from() + " to " + (term.to() == null ? "until further notice" : term.to().toString());
    }
}
