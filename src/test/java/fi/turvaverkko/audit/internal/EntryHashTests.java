package fi.turvaverkko.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.audit.AuditEntry;

/** The canonical form is a contract with anyone who verifies an export: these vectors were computed with sha256sum. */
class EntryHashTests {

    static final Instant TIME = Instant.parse("2026-11-05T08:15:30.123456Z");

    static AuditEntry signIn(String previousHash) {
        return new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "admin", null, null, previousHash, null);
    }

    @Test
    void writesTheCanonicalFormAsDocumented() {
        assertThat(new String(EntryHash.canonicalForm(signIn(EntryHash.GENESIS)), StandardCharsets.UTF_8))
                .isEqualTo("0".repeat(64) + "\nturvaverkko-audit-v1\n1:1\n27:2026-11-05T08:15:30.123456Z\n5:admin\n-\n16:access.signed-in\n7:account\n5:admin\n-\n-");
    }

    @Test
    void hashesTheCanonicalFormWithSha256() {
        assertThat(EntryHash.of(signIn(EntryHash.GENESIS))).isEqualTo("6a854b24416e741cbd96be2706f47779583818085be32d7295fa513a18959429");
        var decision = new AuditEntry(42, Instant.parse("2026-11-05T08:15:30.000001Z"), "coordinator", 7L,
                "meeting.decision.recorded", "meeting.decision", "17", "RESTRICTED",
                "{\"title\":{\"before\":\"Päätös\",\"after\":\"Päätös 2\"}}", "a".repeat(64), null);
        assertThat(EntryHash.of(decision)).as("lengths count UTF-8 bytes: ä is two")
                .isEqualTo("ad4a7ed22cea6d742d57c72446ec1a4e38268bbc9e486da3e336d0ae2a949e8e");
    }

    @Test
    void writesTimesInUtcWithSixFractionalDigits() {
        assertThat(EntryHash.canonicalTime(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000Z");
        assertThat(EntryHash.canonicalTime(Instant.parse("2026-01-02T03:04:05.123456789Z"))).isEqualTo("2026-01-02T03:04:05.123456Z");
    }

    @Test
    void changesWithEveryFieldAndThePreviousHash() {
        String original = EntryHash.of(signIn(EntryHash.GENESIS));
        assertThat(EntryHash.of(signIn("1".repeat(64)))).isNotEqualTo(original);
        assertThat(EntryHash.of(new AuditEntry(2, TIME, "admin", null, "access.signed-in", "account", "admin", null, null, EntryHash.GENESIS, null)))
                .isNotEqualTo(original);
        assertThat(EntryHash.of(new AuditEntry(1, TIME.plusNanos(1000), "admin", null, "access.signed-in", "account", "admin", null, null, EntryHash.GENESIS, null)))
                .isNotEqualTo(original);
        assertThat(EntryHash.of(new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "admin", null, "", EntryHash.GENESIS, null)))
                .as("an empty summary is not a missing one").isNotEqualTo(original);
    }

    @Test
    void cannotBeFooledByMovingTextFromOneFieldToTheNext() {
        var a = new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "ab", null, "c", EntryHash.GENESIS, null);
        var b = new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "a", null, "bc", EntryHash.GENESIS, null);
        var c = new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "a\n1:b", null, null, EntryHash.GENESIS, null);
        assertThat(EntryHash.of(a)).isNotEqualTo(EntryHash.of(b));
        assertThat(EntryHash.of(c)).isNotEqualTo(EntryHash.of(b));
    }

    @Test
    void ignoresTheStoredHashOfTheEntry() {
        var entry = signIn(EntryHash.GENESIS);
        var stored = new AuditEntry(1, TIME, "admin", null, "access.signed-in", "account", "admin", null, null, EntryHash.GENESIS, "f".repeat(64));
        assertThat(EntryHash.of(stored)).isEqualTo(EntryHash.of(entry));
    }
}
