package fi.turvaverkko.organisations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fi.turvaverkko.organisations.internal.Violation;

class FormErrorsTests {

    @Test
    void showsAMemberProblemOnTheRowThePersonFilledInNotOnTheIndexTheRulesSaw() {
        var messages = new StaticMessageSource();
        messages.addMessage("organisations.error.overlappingTerm", Locale.ENGLISH, "{0} overlaps from {1}");
        var errors = new FormErrors(messages, Locale.ENGLISH);
        // rows 0 and 2 were left blank: the rules saw rows 1 and 3 as members 0 and 1
        errors.addViolations(List.of(Violation.of("members[1].from", "organisations.error.overlappingTerm", "English",
                "Terhi Testinen", LocalDate.of(2026, 1, 1))), List.of(1, 3));
        assertThat(errors.byField()).containsEntry("members[3].from", "Terhi Testinen overlaps from 1.1.2026");
        assertThat(errors.summary()).extracting(FormErrors.Link::anchor).containsExactly("members-3-from");
    }

    @Test
    void pointsEachProblemAtTheElementOfItsField() {
        assertThat(FormErrors.anchor(FormErrors.field("members[2]"))).isEqualTo("members-2-personId");
        assertThat(FormErrors.anchor(FormErrors.field("members"))).isEqualTo("members-0-personId");
        assertThat(FormErrors.anchor(FormErrors.field("chairRotation.organisationIds[4]"))).isEqualTo("chairRotation-organisationIds-0");
        assertThat(FormErrors.anchor(FormErrors.field("chairRotation.termMonths"))).isEqualTo("chairRotation-termMonths");
        assertThat(FormErrors.anchor(FormErrors.field("nameFi"))).isEqualTo("nameFi");
    }
}
