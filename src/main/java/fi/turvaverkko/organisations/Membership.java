package fi.turvaverkko.organisations;

import java.time.LocalDate;

/** A person's membership in (employment by, or seat in) an organisation for a term. */
public record Membership(long id, long personId, long organisationId, LocalDate from, LocalDate to) {

    public Term term() {
        return new Term(from, to);
    }

    public boolean activeOn(LocalDate day) {
        return term().covers(day);
    }
}
