package fi.turvaverkko.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import fi.turvaverkko.audit.AuditEntry;

/**
 * The hash chain: {@code hash = SHA-256(canonical form)}, written as 64 lower-case hexadecimal digits.
 * <p>
 * The canonical form (version 1) of an entry is the UTF-8 encoding of:
 * <pre>
 * previous_hash LF "turvaverkko-audit-v1"
 * and then, for each of id, occurred_at, actor, actor_id, action, object_type, object_id, classification, summary
 * in this order:
 *     LF "-"                 when the field is null
 *     LF n ":" value         otherwise, where n is the length of value in UTF-8 bytes, in decimal
 * </pre>
 * where LF is the byte 0x0A; {@code previous_hash} is the previous entry's hash, or {@link #GENESIS} (64 zeros) for
 * the first entry; id and actor_id are decimal with no leading zeros; occurred_at is UTC as
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'} (always six fractional digits, as stored by PostgreSQL); texts are
 * exactly as stored. The length prefixes make the form unambiguous whatever a text contains (line feeds, colons).
 * <p>
 * Example: the entry 1 by {@code admin} with action {@code access.signed-in}, object {@code account}/{@code admin} and
 * no actor id, classification or summary is
 * {@code "000…000\nturvaverkko-audit-v1\n1:1\n27:2026-11-05T08:15:30.123456Z\n5:admin\n-\n16:access.signed-in\n7:account\n5:admin\n-\n-"}.
 */
public final class EntryHash {

    /** What the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "turvaverkko-audit-v1";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The hash the entry must have: over its previous hash and its fields (its own {@code hash} is not read). */
    public static String of(AuditEntry entry) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm(entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static byte[] canonicalForm(AuditEntry entry) {
        var out = new ByteArrayOutputStream(256);
        out.writeBytes(entry.previousHash().getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        out.writeBytes(VERSION.getBytes(StandardCharsets.US_ASCII));
        field(out, Long.toString(entry.id()));
        field(out, canonicalTime(entry.occurredAt()));
        field(out, entry.actor());
        field(out, entry.actorId() == null ? null : Long.toString(entry.actorId()));
        field(out, entry.action());
        field(out, entry.objectType());
        field(out, entry.objectId());
        field(out, entry.classification());
        field(out, entry.summary());
        return out.toByteArray();
    }

    /** occurred_at as it is hashed: UTC, microseconds. */
    public static String canonicalTime(Instant time) {
        return TIME.format(time.truncatedTo(ChronoUnit.MICROS));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        out.write('\n');
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }
}
