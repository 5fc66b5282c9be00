package fi.turvaverkko.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A cooperation agreement between organisations (e.g. Helsinki's 2024 agreement with its police on children and
 * youth, decision "HEL 2024-004632 § 51"): its parties, who signed it for which party, the decision it rests on, its
 * goals, when it is in force, and the steering group it sets up.
 */
public record CooperationAgreement(long id, String code, String titleFi, String titleSv, String titleEn,
        String decisionReference, String goals, LocalDate validFrom, LocalDate validTo, Long steeringBodyId,
        List<Long> partyOrganisationIds, List<Signatory> signatories) {

    public CooperationAgreement {
        partyOrganisationIds = List.copyOf(partyOrganisationIds);
        signatories = List.copyOf(signatories);
    }

    /** The title in the reader's language, Finnish when there is none in it. */
    public String title(Locale locale) {
        String title = switch (locale.getLanguage()) {
            case "sv" -> titleSv;
            case "en" -> titleEn;
            default -> titleFi;
        };
        return title == null || title.isBlank() ? titleFi : title;
    }

    /** A person who signed the agreement for one of its parties. */
    public record Signatory(long personId, String personName, String title, long organisationId) {
    }
}
