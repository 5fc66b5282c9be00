package fi.turvaverkko.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BodyRulesTests {

    @Test
    void makesACodeOfAFinnishName() {
        assertThat(BodyRules.slug("Itäisen suurpiirin turvallisuus- ja hyvinvointiverkosto"))
                .isEqualTo("itaisen-suurpiirin-turvallisuus-ja-hyvinvointiverkosto");
        assertThat(BodyRules.slug("Åsa & Östersundom  ")).isEqualTo("asa-ostersundom");
        assertThat(BodyRules.slug("–")).isEqualTo("body");
        assertThat(BodyRules.slug("x".repeat(80))).hasSize(56).matches(BodyRules.CODE_PATTERN);
    }

    @Test
    void readsDatesAsSentByADateFieldOrAsTypedInFinnish() {
        List<Violation> violations = new ArrayList<>();
        assertThat(BodyRules.date("2024-05-01", "from", true, violations)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(BodyRules.date("1.5.2024", "from", true, violations)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(BodyRules.date(" ", "to", false, violations)).isNull();
        assertThat(violations).isEmpty();
        assertThat(BodyRules.date("31.2.2024", "from", true, violations)).isNull();
        assertThat(BodyRules.date(null, "members[1].from", true, violations)).isNull();
        assertThat(violations).extracting(Violation::field, Violation::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("from", "organisations.error.date.invalid"),
                org.assertj.core.groups.Tuple.tuple("members[1].from", "organisations.error.date.required"));
    }
}
