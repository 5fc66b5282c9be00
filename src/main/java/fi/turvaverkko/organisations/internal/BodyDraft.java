package fi.turvaverkko.organisations.internal;

import java.util.List;

import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.ChairRotation;

/** A cooperation body that passed every check of {@link BodyRules}, ready to be stored. */
public record BodyDraft(String code, BodyType type, String nameFi, String nameSv, String nameEn, String purpose,
        String municipalityCode, String areaCode, Long secretariatOrganisationId, List<MemberDraft> members,
        ChairRotation rotation) {

    public BodyDraft {
        members = List.copyOf(members);
    }
}
