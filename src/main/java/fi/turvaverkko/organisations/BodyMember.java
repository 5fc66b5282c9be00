package fi.turvaverkko.organisations;

import java.time.LocalDate;

/**
 * One term of a person in a cooperation body: who, which organisation they represent there, in which position, from
 * when to when ({@code to} null: until further notice; both ends included). A person may have several terms in a body
 * (e.g. member, then chair), never overlapping.
 */
public record BodyMember(long id, long bodyId, long personId, String personName, long organisationId, Position position,
        LocalDate from, LocalDate to) {

    public Term term() {
        return new Term(from, to);
    }

    public boolean activeOn(LocalDate day) {
        return term().covers(day);
    }
}
