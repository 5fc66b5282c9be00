package fi.turvaverkko.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.platform.InvalidInput;

class SharingTests {

    @Test
    void refusesARestrictedRecordWithoutASharingList() {
        assertThatThrownBy(() -> new Sharing(Classification.RESTRICTED, Set.of(), Set.of(), "JulkL 24 § 1 mom. 5 k"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("sharing list")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("sharedWith");
    }

    @Test
    void refusesARestrictedRecordWithoutALegalBasis() {
        assertThatThrownBy(() -> new Sharing(Classification.RESTRICTED, Set.of(7L), Set.of(), " "))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("legalBasis");
    }

    @Test
    void sharesOnlyRestrictedRecordsSelectively() {
        var internal = new Sharing(Classification.INTERNAL, Set.of(7L), Set.of(3L), "x");
        assertThat(internal.organisations()).isEmpty();
        assertThat(internal.bodies()).isEmpty();
        var restricted = new Sharing(Classification.RESTRICTED, Set.of(7L), Set.of(), " JulkL 24 § 1 mom. 5 k ");
        assertThat(restricted.organisations()).containsExactly(7L);
        assertThat(restricted.legalBasis()).isEqualTo("JulkL 24 § 1 mom. 5 k");
    }

    @Test
    void knowsWhichWayIsLower() {
        assertThat(Classification.PUBLIC.isLowerThan(Classification.RESTRICTED)).isTrue();
        assertThat(Classification.RESTRICTED.isLowerThan(Classification.INTERNAL)).isFalse();
    }
}
