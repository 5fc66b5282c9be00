package fi.turvaverkko.signals.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.SignalStatus;

/**
 * Writes many new signals fast: rows stream into {@code COPY signals.signal FROM STDIN} (binary format) in the caller's
 * transaction, and their rollups are summed in memory and applied once at {@link #finish()}. The caller has checked
 * every row with {@link SignalRules} and resolved external ids (a row here is always a new signal). Not thread-safe:
 * one writer per import.
 */
public final class BulkWriter implements AutoCloseable {

    private static final String COPY = "COPY signals.signal (phenomenon_id, observed_from, observed_to, day, area_code, latitude, "
            + "longitude, count, description, source_organisation_id, channel, reliability, audience_id, external_id, reported_by, demo, status) "
            + "FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
    private static final long PG_EPOCH_SECOND = 946_684_800L;
    private static final long PG_EPOCH_DAY = 10_957L;
    private static final int FLUSH_BYTES = 1 << 20;

    private final Rollups rollups;
    private final Rollups.Batch batch = new Rollups.Batch();
    private final Connection connection;
    private CopyIn copy;
    /** Rows in COPY's binary format (no text for the server to parse); one row is at most ~20 KB. */
    private final ByteBuffer bytes = ByteBuffer.allocate(FLUSH_BYTES + (64 << 10));
    private long rows;
    private boolean finished;

    /** Writes on the connection of the current transaction; the COPY starts with the first row. */
    public BulkWriter(DataSource dataSource, Rollups rollups) {
        this.rollups = rollups;
        this.connection = DataSourceUtils.getConnection(dataSource);
    }

    private void startCopy() {
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start COPY into signals.signal", e);
        }
    }

    /**
     * Ends the running COPY, so that the transaction's connection can run other statements (look up external ids,
     * update signals); the rows written so far are visible to them. The next {@link #add} starts a new COPY.
     */
    public void suspend() {
        if (copy != null) {
            bytes.putShort((short) -1);
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into signals.signal failed", e);
            }
            copy = null;
        }
    }

    public void add(ValidSignal signal, int audienceId, Channel channel, Long reportedBy, boolean demo) {
        add(signal, audienceId, channel, reportedBy, demo, SignalStatus.NEW);
    }

    /** A row in a triage status of its own (demo data with its history), so that no update of millions of rows follows. */
    public void add(ValidSignal signal, int audienceId, Channel channel, Long reportedBy, boolean demo, SignalStatus status) {
        if (copy == null) {
            startCopy();
            bytes.put(SIGNATURE).putInt(0).putInt(0);
        }
        if (bytes.position() >= FLUSH_BYTES) {
            flush();
        }
        bytes.putShort((short) 17);
        int4(signal.phenomenonId());
        timestamp(signal.observedFrom());
        timestamp(signal.observedTo());
        bytes.putInt(4).putInt((int) (signal.day().toEpochDay() - PG_EPOCH_DAY));
        text(signal.areaCode());
        float8(signal.latitude());
        float8(signal.longitude());
        int4(signal.count());
        text(signal.description());
        int8(signal.sourceOrganisationId());
        text(channel.name());
        text(signal.reliability().name());
        int4(audienceId);
        text(signal.externalId());
        int8(reportedBy);
        bytes.putInt(1).put((byte) (demo ? 1 : 0));
        text(status.name());
        batch.add(signal.day(), signal.areaCode(), signal.weeklyAreaCode(), signal.phenomenonId(), audienceId, signal.count());
        rows++;
    }

    private void int4(int value) {
        bytes.putInt(4).putInt(value);
    }

    private void int8(Long value) {
        if (value == null) {
            bytes.putInt(-1);
        } else {
            bytes.putInt(8).putLong(value);
        }
    }

    private void float8(Double value) {
        if (value == null) {
            bytes.putInt(-1);
        } else {
            bytes.putInt(8).putDouble(value);
        }
    }

    /** Microseconds since 2000-01-01T00:00Z, PostgreSQL's binary timestamptz. */
    private void timestamp(Instant instant) {
        bytes.putInt(8).putLong((instant.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000L + instant.getNano() / 1000);
    }

    private void text(String value) {
        if (value == null) {
            bytes.putInt(-1);
            return;
        }
        int lengthAt = bytes.position();
        bytes.putInt(0);
        int from = bytes.position();
        boolean ascii = true;
        for (int i = 0; i < value.length() && ascii; i++) {
            ascii = value.charAt(i) < 0x80;
        }
        if (ascii) {
            for (int i = 0; i < value.length(); i++) {
                bytes.put((byte) value.charAt(i));
            }
        } else {
            bytes.put(value.getBytes(StandardCharsets.UTF_8));
        }
        bytes.putInt(lengthAt, bytes.position() - from);
    }

    /** Adds (or, negative, removes) counts in the rollups without a new row: for signals updated by external id. */
    public void addToRollups(java.time.LocalDate day, String areaCode, String weeklyAreaCode, int phenomenonId, int audienceId, long count) {
        batch.add(day, areaCode, weeklyAreaCode, phenomenonId, audienceId, count);
    }

    private void flush() {
        try {
            if (bytes.position() > 0 && copy != null) {
                copy.writeToCopy(bytes.array(), 0, bytes.position());
                bytes.clear();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into signals.signal failed", e);
        }
    }

    /** Ends the COPY and applies the rollups; returns the number of rows written. */
    public long finish() {
        suspend();
        finished = true;
        rollups.apply(batch);
        return rows;
    }

    public long rows() {
        return rows;
    }

    /** Cancels an unfinished COPY (the transaction is rolled back by its owner). */
    @Override
    public void close() {
        if (!finished && copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction rolls back anyway
            }
        }
    }
}
