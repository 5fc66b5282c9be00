package fi.turvaverkko.audit;

import java.time.Instant;

import fi.turvaverkko.platform.InvalidInput;

/**
 * Which entries to list or export. Every part is optional (null: no condition): an exact {@code actor}, an action
 * that starts with {@code actionPrefix}, an exact {@code objectType} and {@code objectId}, a {@code classification},
 * and the time from {@code from} (inclusive) to {@code to} (exclusive). Blank texts count as null.
 */
public record AuditFilter(String actor, String actionPrefix, String objectType, String objectId, String classification,
        Instant from, Instant to) {

    public AuditFilter {
        actor = blankToNull(actor);
        actionPrefix = blankToNull(actionPrefix);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        classification = blankToNull(classification);
        if (classification != null && !AuditEvent.CLASSIFICATIONS.contains(classification)) {
            throw new InvalidInput("classification", "classification must be PUBLIC, INTERNAL or RESTRICTED; got '" + classification + "'.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("to", "'to' must be later than 'from'.");
        }
    }

    /** No conditions: every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
