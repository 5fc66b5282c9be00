package fi.turvaverkko.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.organisations.Term;

class RosterTests {

    static Term term(String from, String to) {
        return new Term(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    static Roster.Seat seat(int row, long person, Position position, Term term) {
        return new Roster.Seat("members[" + row + "]", person, "Person " + person, position, term);
    }

    @Test
    void refusesOverlappingTermsOfTheSamePersonOnTheLaterRow() {
        var violations = Roster.check(List.of(
                seat(0, 1, Position.MEMBER, term("2024-01-01", null)),
                seat(1, 2, Position.MEMBER, term("2024-01-01", null)),
                seat(2, 1, Position.CHAIR, term("2025-01-01", "2025-12-31"))));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("members[2].from");
            assertThat(v.key()).isEqualTo("organisations.error.overlappingTerm");
            assertThat(v.args()).containsExactly("Person 1", LocalDate.of(2024, 1, 1), "");
            assertThat(v.message()).contains("overlaps");
        });
    }

    @Test
    void acceptsConsecutiveTermsOfTheSamePersonInDifferentPositions() {
        assertThat(Roster.check(List.of(
                seat(0, 1, Position.MEMBER, term("2024-05-01", "2025-04-30")),
                seat(1, 1, Position.CHAIR, term("2025-05-01", "2026-04-30")),
                seat(2, 1, Position.MEMBER, term("2026-05-01", null))))).isEmpty();
    }

    @Test
    void refusesTwoChairsAtOnceButAcceptsChairsOneAfterAnother() {
        var clash = Roster.check(List.of(
                seat(0, 1, Position.CHAIR, term("2024-01-01", "2024-12-31")),
                seat(1, 2, Position.CHAIR, term("2024-12-31", null))));
        assertThat(clash).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("members[1].position");
            assertThat(v.key()).isEqualTo("organisations.error.twoChairs");
        });
        assertThat(Roster.check(List.of(
                seat(0, 1, Position.CHAIR, term("2024-01-01", "2024-12-31")),
                seat(1, 2, Position.CHAIR, term("2025-01-01", null)),
                seat(2, 3, Position.VICE_CHAIR, term("2024-01-01", null))))).isEmpty();
    }

    @Test
    void reportsANewTermAgainstStoredOnesOnTheNewTerm() {
        var violations = Roster.check(List.of(
                Roster.Seat.stored(1, "Terhi Testinen", Position.CHAIR, term("2024-05-01", "2025-04-30")),
                new Roster.Seat("", 2, "Mikko Malli", Position.CHAIR, term("2025-01-01", null))));
        assertThat(violations).extracting(Violation::field).containsExactly("position");
        assertThat(violations.getFirst().message()).contains("Terhi Testinen is chair");
    }

    @Test
    void leavesClashesBetweenStoredTermsAlone() {
        assertThat(Roster.check(List.of(
                Roster.Seat.stored(1, "A", Position.CHAIR, term("2024-01-01", null)),
                Roster.Seat.stored(2, "B", Position.CHAIR, term("2024-01-01", null))))).isEmpty();
    }
}
