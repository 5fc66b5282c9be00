package fi.turvaverkko.situation;

import java.time.Instant;
import java.util.List;

import fi.turvaverkko.access.Classification;

/** An analyst's assessment of a phenomenon in an area (either may be empty: all phenomena, the whole city). */
public record Assessment(long id, String phenomenonCode, String areaCode, String title, String text, Confidence confidence,
        String recommendedMeasures, Classification classification, Long ownerOrganisationId, List<Long> sharedOrganisations,
        List<Long> sharedBodies, String legalBasis, long writtenBy, Instant writtenAt, boolean demo) {

    public enum Confidence {
        LOW, MEDIUM, HIGH;

        public String messageKey() {
            return "assessment.confidence." + name();
        }
    }
}
