package fi.turvaverkko.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored: its place in the chain ({@code id}), when it was written
 * ({@code occurredAt}, microseconds, the database's clock), the event's fields, the previous entry's hash and its own.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, Long actorId, String action, String objectType,
        String objectId, String classification, String summary, String previousHash, String hash) {
}
