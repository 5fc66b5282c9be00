package fi.turvaverkko.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.platform.InvalidInput;

class TermTests {

    static Term term(String from, String to) {
        return new Term(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void termsThatShareADayOverlapBecauseBothEndsAreIncluded() {
        assertThat(term("2024-01-01", "2024-12-31").overlaps(term("2024-12-31", "2025-12-31"))).isTrue();
        assertThat(term("2024-12-31", "2025-12-31").overlaps(term("2024-01-01", "2024-12-31"))).isTrue();
    }

    @Test
    void consecutiveTermsDoNotOverlap() {
        assertThat(term("2024-01-01", "2024-12-31").overlaps(term("2025-01-01", null))).isFalse();
        assertThat(term("2025-01-01", null).overlaps(term("2024-01-01", "2024-12-31"))).isFalse();
    }

    @Test
    void anOpenEndedTermOverlapsEverythingAfterItsStart() {
        assertThat(term("2024-01-01", null).overlaps(term("2030-01-01", "2030-01-01"))).isTrue();
        assertThat(term("2024-01-01", null).overlaps(term("2020-01-01", null))).isTrue();
        assertThat(term("2024-01-01", null).overlaps(term("2020-01-01", "2023-12-31"))).isFalse();
    }

    @Test
    void aTermInsideAnotherOverlapsIt() {
        assertThat(term("2024-01-01", "2024-12-31").overlaps(term("2024-03-01", "2024-03-31"))).isTrue();
        assertThat(term("2024-03-01", "2024-03-31").overlaps(term("2024-01-01", "2024-12-31"))).isTrue();
    }

    @Test
    void coversItsFirstAndLastDay() {
        var term = term("2024-05-01", "2025-04-30");
        assertThat(term.covers(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(term.covers(LocalDate.of(2025, 4, 30))).isTrue();
        assertThat(term.covers(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(term.covers(LocalDate.of(2024, 4, 30))).isFalse();
    }

    @Test
    void refusesATermThatEndsBeforeItStartsOrHasNoStart() {
        assertThatThrownBy(() -> term("2024-05-01", "2024-04-30")).isInstanceOf(InvalidInput.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new Term(null, null)).isInstanceOf(InvalidInput.class);
        assertThat(term("2024-05-01", "2024-05-01").covers(LocalDate.of(2024, 5, 1))).isTrue();
    }
}
