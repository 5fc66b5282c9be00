package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;

import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.organisations.Term;

/** A member's term that passed the field checks of {@link BodyRules}. {@code id}: the stored term it changes, if any. */
public record MemberDraft(Long id, long personId, String personName, long organisationId, Position position,
        LocalDate from, LocalDate to) {

    public Term term() {
        return new Term(from, to);
    }
}
