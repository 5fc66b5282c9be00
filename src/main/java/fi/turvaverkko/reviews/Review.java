package fi.turvaverkko.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fi.turvaverkko.access.Classification;

/**
 * A status review with its compiled content and narrative. {@code sharedOrganisations} and {@code sharedBodies} are,
 * for a RESTRICTED review, those who may read every restricted item in it (besides the owner organisation, the
 * preparer's). {@code pdfSha256} is set once it is published.
 */
public record Review(long id, long planId, String title, LocalDate from, LocalDate to, Audience audience, ReviewLanguage language,
        Long snapshotId, ReviewState state, Classification classification, Long ownerOrganisationId, List<Long> sharedOrganisations,
        List<Long> sharedBodies, Map<Section, SectionText> sections, ReviewContent content, String createdByName, Instant createdAt,
        Instant updatedAt, String approvedByName, Instant approvedAt, String publishedByName, Instant publishedAt, String pdfSha256,
        int version, boolean demo) {

    public SectionText section(Section section) {
        return sections.getOrDefault(section, SectionText.EMPTY);
    }

    public boolean editable() {
        return state == ReviewState.DRAFT;
    }

    public boolean published() {
        return state == ReviewState.PUBLISHED;
    }

    /** A narrative section's text and who last wrote it. */
    public record SectionText(String text, String updatedByName, Instant updatedAt) {
        public static final SectionText EMPTY = new SectionText("", null, null);

        public boolean blank() {
            return text == null || text.isBlank();
        }
    }

    /** A review as listed: no content. */
    public record Summary(long id, long planId, String title, LocalDate from, LocalDate to, Audience audience, ReviewLanguage language,
            ReviewState state, Classification classification, String createdByName, Instant updatedAt, Instant publishedAt, boolean demo) {
    }
}
