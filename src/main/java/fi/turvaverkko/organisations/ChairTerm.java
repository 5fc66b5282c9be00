package fi.turvaverkko.organisations;

import java.time.LocalDate;

/**
 * One turn of a rotating chair, as the rule computes it: the {@code number}th turn (from 1), the organisation whose
 * turn it is, and the days of the turn (both ends included).
 */
public record ChairTerm(int number, long organisationId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Term term() {
        return new Term(from, to);
    }
}
