package fi.turvaverkko.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.platform.InvalidInput;

class ChairRotationTests {

    static final long YOUTH = 1, POLICE = 2, CHILD_WELFARE = 3;
    final ChairRotation yearly = new ChairRotation(List.of(YOUTH, POLICE, CHILD_WELFARE), 12, LocalDate.of(2024, 5, 1));

    @Test
    void givesEachOrganisationItsTurnInOrderRoundAfterRound() {
        assertThat(yearly.term(0)).isEqualTo(new ChairTerm(1, YOUTH, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30)));
        assertThat(yearly.term(1)).isEqualTo(new ChairTerm(2, POLICE, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30)));
        assertThat(yearly.term(2)).isEqualTo(new ChairTerm(3, CHILD_WELFARE, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30)));
        assertThat(yearly.term(3)).isEqualTo(new ChairTerm(4, YOUTH, LocalDate.of(2027, 5, 1), LocalDate.of(2028, 4, 30)));
    }

    @Test
    void findsWhoseTurnItIsOnAnyDayIncludingTheFirstAndLastDayOfATurn() {
        assertThat(yearly.termOn(LocalDate.of(2024, 4, 30))).isEmpty();
        assertThat(yearly.termOn(LocalDate.of(2024, 5, 1)).orElseThrow().organisationId()).isEqualTo(YOUTH);
        assertThat(yearly.termOn(LocalDate.of(2025, 4, 30)).orElseThrow().organisationId()).isEqualTo(YOUTH);
        assertThat(yearly.termOn(LocalDate.of(2025, 5, 1)).orElseThrow().organisationId()).isEqualTo(POLICE);
        assertThat(yearly.termOn(LocalDate.of(2026, 11, 23)).orElseThrow().organisationId()).isEqualTo(CHILD_WELFARE);
        assertThat(yearly.termOn(LocalDate.of(2033, 2, 14)).orElseThrow().number()).isEqualTo(9);
    }

    @Test
    void turnsFollowEachOtherWithoutGapsOrOverlapsEvenFromTheEndOfAMonth() {
        var monthly = new ChairRotation(List.of(YOUTH, POLICE), 1, LocalDate.of(2024, 1, 31));
        assertThat(monthly.term(1).from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(monthly.term(2).from()).isEqualTo(LocalDate.of(2024, 3, 31));
        for (int i = 0; i < 60; i++) {
            var term = monthly.term(i);
            assertThat(monthly.term(i + 1).from()).isEqualTo(term.to().plusDays(1));
            assertThat(monthly.termOn(term.from()).orElseThrow()).isEqualTo(term);
            assertThat(monthly.termOn(term.to()).orElseThrow()).isEqualTo(term);
        }
    }

    @Test
    void listsTheTurnsOfAPeriod() {
        var terms = yearly.terms(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1));
        assertThat(terms).extracting(ChairTerm::organisationId).containsExactly(YOUTH, POLICE, CHILD_WELFARE);
        assertThat(yearly.terms(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 4, 30))).isEmpty();
    }

    @Test
    void schedulesTheRoundBeforeTheCurrentTurnAndOneFullRoundAfter() {
        var schedule = yearly.scheduleAround(LocalDate.of(2026, 11, 23));
        assertThat(schedule).extracting(ChairTerm::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(schedule.get(2).organisationId()).isEqualTo(CHILD_WELFARE);

        var beforeStart = yearly.scheduleAround(LocalDate.of(2023, 1, 1));
        assertThat(beforeStart).extracting(ChairTerm::number).containsExactly(1, 2, 3, 4);

        var later = yearly.scheduleAround(LocalDate.of(2031, 6, 1));
        assertThat(later.getFirst().number()).isEqualTo(6);
        assertThat(later).hasSize(6).anySatisfy(t -> assertThat(t.covers(LocalDate.of(2031, 6, 1))).isTrue());
    }

    @Test
    void refusesARotationWithoutOrganisationsToTakeTurns() {
        assertThatThrownBy(() -> new ChairRotation(List.of(), 12, LocalDate.of(2024, 5, 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least 2 organisations");
        assertThatThrownBy(() -> new ChairRotation(List.of(YOUTH), 12, LocalDate.of(2024, 5, 1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ChairRotation(List.of(YOUTH, POLICE, YOUTH), 12, LocalDate.of(2024, 5, 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("once");
    }

    @Test
    void refusesTermsOutsideOneToSixtyMonthsAndAMissingStart() {
        assertThatThrownBy(() -> new ChairRotation(List.of(YOUTH, POLICE), 0, LocalDate.of(2024, 5, 1))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ChairRotation(List.of(YOUTH, POLICE), 61, LocalDate.of(2024, 5, 1))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ChairRotation(List.of(YOUTH, POLICE), 12, null)).isInstanceOf(InvalidInput.class);
    }
}
