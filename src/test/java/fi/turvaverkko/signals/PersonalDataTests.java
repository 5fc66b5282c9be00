package fi.turvaverkko.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void findsAChecksumValidPersonalIdentityCode() {
        assertThat(PersonalData.find("Tekijä 131052-308T kävi paikalla")).contains(PersonalData.Kind.PERSONAL_IDENTITY_CODE);
        assertThat(PersonalData.find("syntynyt 010100A123D")).isPresent();
    }

    @Test
    void ignoresCodesWithAWrongCheckCharacter() {
        assertThat(PersonalData.find("viite 131052-308A")).isEmpty();
    }

    @Test
    void findsPhoneNumbersAndEmailAddresses() {
        assertThat(PersonalData.find("soita 040 123 4567")).contains(PersonalData.Kind.PHONE_NUMBER);
        assertThat(PersonalData.find("+358401234567")).contains(PersonalData.Kind.PHONE_NUMBER);
        assertThat(PersonalData.find("(09) 310 1234")).contains(PersonalData.Kind.PHONE_NUMBER);
        assertThat(PersonalData.find("matti.meikalainen@example.com")).contains(PersonalData.Kind.EMAIL_ADDRESS);
    }

    @Test
    void leavesOrdinaryDescriptionsAlone() {
        assertThat(PersonalData.find("Noin 15 nuorta kokoontui 23.11.2026 klo 21 ostoskeskuksen taakse, 3 ikkunaa rikki.")).isEmpty();
        assertThat(PersonalData.find("Bussi 55 ja raitiovaunu 9, kortteli 2026-11-23")).isEmpty();
    }
}
