package fi.turvaverkko.signals.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.SignalStatus;

/**
 * Writes many new signals fast: rows stream into {@code COPY signals.signal FROM STDIN} (text format) in the caller's
 * transaction, and their rollups are summed in memory and applied once at {@link #finish()}. The caller has checked
 * every row with {@link SignalRules} and resolved external ids (a row here is always a new signal). Not thread-safe:
 * one writer per import.
 */
public final class BulkWriter implements AutoCloseable {

    private static final String COPY = "COPY signals.signal (phenomenon_id, observed_from, observed_to, day, area_code, latitude, "
            + "longitude, count, description, source_organisation_id, channel, reliability, audience_id, external_id, reported_by, demo, status) "
            + "FROM STDIN";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final int FLUSH_BYTES = 1 << 20;

    private final Rollups rollups;
    private final Rollups.Batch batch = new Rollups.Batch();
    private final CopyIn copy;
    private final StringBuilder line = new StringBuilder(256);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private long rows;
    private boolean finished;

    /** Starts a COPY on the connection of the current transaction. */
    public BulkWriter(DataSource dataSource, Rollups rollups) {
        this.rollups = rollups;
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start COPY into signals.signal", e);
        }
    }

    public void add(ValidSignal signal, int audienceId, Channel channel, Long reportedBy, boolean demo) {
        add(signal, audienceId, channel, reportedBy, demo, SignalStatus.NEW);
    }

    /** A row in a triage status of its own (demo data with its history), so that no update of millions of rows follows. */
    public void add(ValidSignal signal, int audienceId, Channel channel, Long reportedBy, boolean demo, SignalStatus status) {
        line.setLength(0);
        line.append(signal.phenomenonId()).append('\t');
        timestamp(signal.observedFrom()).append('\t');
        timestamp(signal.observedTo()).append('\t');
        line.append(signal.day()).append('\t');
        text(signal.areaCode()).append('\t');
        number(signal.latitude()).append('\t');
        number(signal.longitude()).append('\t');
        line.append(signal.count()).append('\t');
        text(signal.description()).append('\t');
        number(signal.sourceOrganisationId()).append('\t');
        line.append(channel.name()).append('\t');
        line.append(signal.reliability().name()).append('\t');
        line.append(audienceId).append('\t');
        text(signal.externalId()).append('\t');
        number(reportedBy).append('\t');
        line.append(demo ? 't' : 'f').append('\t');
        line.append(status.name()).append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
        batch.add(signal.day(), signal.areaCode(), signal.weeklyAreaCode(), signal.phenomenonId(), audienceId, signal.count());
        rows++;
    }

    /** Adds (or, negative, removes) counts in the rollups without a new row: for signals updated by external id. */
    public void addToRollups(java.time.LocalDate day, String areaCode, String weeklyAreaCode, int phenomenonId, int audienceId, long count) {
        batch.add(day, areaCode, weeklyAreaCode, phenomenonId, audienceId, count);
    }

    private StringBuilder timestamp(Instant instant) {
        return line.append(TIMESTAMP.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }

    private StringBuilder number(Number value) {
        return value == null ? line.append("\\N") : line.append(value);
    }

    private StringBuilder text(String value) {
        if (value == null) {
            return line.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }

    private void flush() {
        try {
            if (buffer.size() > 0) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into signals.signal failed", e);
        }
    }

    /** Ends the COPY and applies the rollups; returns the number of rows written. */
    public long finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into signals.signal failed", e);
        }
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
        if (!finished && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction rolls back anyway
            }
        }
    }
}
