package fi.turvaverkko.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void acceptsAnActorAndADottedActionAlone() {
        var event = new AuditEvent(AuditEvent.SYSTEM, null, "areas.imported", null, null, null, null);
        assertThat(event.action()).isEqualTo("areas.imported");
    }

    @Test
    void refusesWhatWouldMakeTheTrailUnreadable() {
        assertThatThrownBy(() -> new AuditEvent(" ", null, "x.y", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin ", null, "x.y", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "Signed In", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "signedin", null, null, null, null))
                .as("an action names its module").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "x.y", null, null, "SECRET", null))
                .hasMessageContaining("PUBLIC, INTERNAL or RESTRICTED");
        assertThatThrownBy(() -> new AuditEvent("admin", null, "x.y", "Decision", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "x.y", null, "", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "x.y", null, null, null, "a\0b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("admin", null, "x.y", null, null, null, "x".repeat(AuditEvent.MAX_SUMMARY_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAreRecordReadEntries() {
        var read = AuditEvent.read("police", 5L, "meeting.decision", "17", "RESTRICTED");
        assertThat(read.action()).isEqualTo("record.read");
        assertThat(read.summary()).isNull();
    }

    @Test
    void summarisesChangesAsJsonAndLeavesOutWhatDidNotChange() {
        String summary = ChangeSummary.create()
                .changed("classification", "RESTRICTED", "INTERNAL")
                .changed("title", "Sama", "Sama")
                .changed("dueDate", null, LocalDate.of(2026, 12, 31))
                .with("reason", "Julkaistu \"pöytäkirjassa\"")
                .with("sharedWith", List.of(3, 4))
                .toJson();
        assertThat(summary).isEqualTo("{\"classification\":{\"before\":\"RESTRICTED\",\"after\":\"INTERNAL\"},"
                + "\"dueDate\":{\"before\":null,\"after\":\"2026-12-31\"},\"reason\":\"Julkaistu \\\"pöytäkirjassa\\\"\",\"sharedWith\":[3,4]}");
        assertThat(ChangeSummary.create().changed("a", 1, 1).isEmpty()).isTrue();
    }
}
