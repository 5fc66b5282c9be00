package fi.turvaverkko.signals;

import java.time.Instant;
import java.util.List;

import fi.turvaverkko.access.Classification;

/**
 * A signal as a source sends it (form, API, CSV row, feed). Where: a point ({@code latitude}, {@code longitude}) that
 * is located to the smallest area, or an {@code areaCode} when the exact place must not be given. When: a moment
 * ({@code observedAt}) or a period ({@code observedFrom}–{@code observedTo}). Nulls take the defaults: count 1,
 * reliability OBSERVED, classification by the source (see {@link Signals}), the reporter's organisation as the source.
 */
public record SignalReport(String phenomenon, Instant observedAt, Instant observedFrom, Instant observedTo,
        Double latitude, Double longitude, String areaCode, String description, Integer count,
        Classification classification, List<String> sharedWith, String legalBasis, Reliability reliability,
        String externalId, String sourceOrganisation) {

    public SignalReport {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }
}
