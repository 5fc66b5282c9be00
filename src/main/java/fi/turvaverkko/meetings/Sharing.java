package fi.turvaverkko.meetings;

import java.util.Set;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.platform.InvalidInput;

/**
 * Who may see a minutes, decision or task: its classification, and for RESTRICTED the organisations and bodies it is
 * shared with and the legal basis of the confidentiality (e.g. "JulkL 24 § 1 mom. 5 k").
 */
public record Sharing(Classification classification, Set<Long> organisations, Set<Long> bodies, String legalBasis) {

    public Sharing {
        if (classification == null) {
            throw new InvalidInput("classification", "meetings.error.classification", "classification is required: PUBLIC, INTERNAL or RESTRICTED.");
        }
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.trim();
        if (classification == Classification.RESTRICTED) {
            if (organisations.isEmpty() && bodies.isEmpty()) {
                throw new InvalidInput("sharedWith", "meetings.error.sharedWith", "A RESTRICTED record needs a sharing list: at least one organisation or body.");
            }
            if (legalBasis == null) {
                throw new InvalidInput("legalBasis", "meetings.error.legalBasis", "A RESTRICTED record needs the legal basis of its confidentiality, e.g. \"JulkL 24 § 1 mom. 5 k\".");
            }
        } else {
            // only restricted records are shared selectively
            organisations = Set.of();
            bodies = Set.of();
        }
    }

    public static Sharing of(Classification classification) {
        return new Sharing(classification, Set.of(), Set.of(), null);
    }
}
