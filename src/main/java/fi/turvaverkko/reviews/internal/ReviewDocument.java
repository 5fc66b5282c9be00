package fi.turvaverkko.reviews.internal;

import java.util.List;

import fi.turvaverkko.reviews.Review;

/**
 * A review as its document shows it: the review, the names of those it is shared with (for a RESTRICTED one), and
 * whether it is a preview (a draft or an approved review not yet published: marked on every page).
 */
public record ReviewDocument(Review review, List<String> sharedWith, boolean preview) {

    public ReviewDocument {
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }
}
