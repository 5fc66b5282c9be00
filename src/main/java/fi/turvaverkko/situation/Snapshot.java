package fi.turvaverkko.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.turvaverkko.access.Classification;

/**
 * A published situational picture: the figures, emerging phenomena, hot spots and assessments of a period, frozen.
 * Counts are kept in two parts, {@code open} (what every signed-in user may see) and {@code restricted}; a reader of a
 * RESTRICTED snapshot (it is shared with them) sees the sums, a reader of a lowered one sees them under disclosure
 * control ({@link #figure}).
 */
public record Snapshot(long id, String title, Period period, String level, Classification classification,
        Classification computedClassification, String loweredReason, Instant loweredAt, Long ownerOrganisationId,
        List<Long> sharedOrganisations, List<Long> sharedBodies, long publishedBy, Instant publishedAt, boolean demo,
        String contentHash, Content content) {

    /** A count as this snapshot's readers may see it. */
    public Figure figure(long open, long restricted) {
        return classification == Classification.RESTRICTED ? Figure.exact(open + restricted) : Figure.of(open, restricted);
    }

    public Figure figure(Cell cell) {
        return figure(cell.open(), cell.restricted());
    }

    public record Content(String municipality, String level, LocalDate from, LocalDate to, List<AreaName> areas,
            List<PhenomenonName> phenomena, List<Cell> cells, Emerging emerging, HotSpots hotSpots, List<AssessmentItem> assessments) {
    }

    public record AreaName(String code, String nameFi, String nameSv) {
        public String name(java.util.Locale locale) {
            return "sv".equals(locale.getLanguage()) && nameSv != null ? nameSv : nameFi;
        }
    }

    public record PhenomenonName(String code, String nameFi, String nameSv, String nameEn) {
        public String name(java.util.Locale locale) {
            return switch (locale.getLanguage()) {
                case "sv" -> nameSv;
                case "en" -> nameEn;
                default -> nameFi;
            };
        }
    }

    /** The count of one area × phenomenon in the period. */
    public record Cell(String area, String phenomenon, long open, long restricted) {
    }

    public record Emerging(LocalDate currentFrom, LocalDate currentTo, LocalDate baselineFrom, LocalDate baselineTo, int comparisons,
            double q, List<EmergingItem> results) {
    }

    public record EmergingItem(String area, String phenomenon, long open, long restricted, double expected, double pValue,
            double qValue, boolean significant) {
    }

    public record HotSpots(int comparisons, double q, List<HotSpotItem> results) {
    }

    public record HotSpotItem(String area, String phenomenon, long open, long restricted, double z, double pValue, double qValue) {
    }

    public record AssessmentItem(long id, String phenomenon, String area, String title, String text, String confidence,
            String recommendedMeasures, Classification classification, Instant writtenAt) {
    }
}
