package fi.turvaverkko.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.audit.AuditEntry;
import fi.turvaverkko.audit.AuditFilter;

/** The audit schema: appends entries under the chain lock, reads them back in chain order, filters in SQL. */
@Repository
public class AuditEntryRepository {

    /** The advisory lock that serialises all writers of the chain, in every instance. */
    static final long CHAIN_LOCK = 4711010L;

    private static final String COLUMNS = """
            id, occurred_at, actor, actor_id, action, object_type, object_id, classification, summary, previous_hash, hash""";

    private static final String WHERE = """
            where (cast(:actor as text) is null or actor = :actor)
              and (cast(:actionPrefix as text) is null or action like :actionLike)
              and (cast(:objectType as text) is null or object_type = :objectType)
              and (cast(:objectId as text) is null or object_id = :objectId)
              and (cast(:classification as text) is null or classification = :classification)
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)""";

    private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getObject("actor_id", Long.class), rs.getString("action"), rs.getString("object_type"),
            rs.getString("object_id"), rs.getString("classification"), rs.getString("summary"),
            rs.getString("previous_hash"), rs.getString("hash"));

    private final JdbcClient db;
    /** Reads with a cursor (inside a transaction), so that an export of any size streams in constant memory. */
    private final JdbcClient streaming;

    AuditEntryRepository(JdbcClient db, DataSource dataSource) {
        this.db = db;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    public record Slot(long id, Instant occurredAt) {
    }

    /** Held until the transaction ends: every instance appends to the chain one writer at a time. */
    public void lockChain() {
        db.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query((rs, row) -> 1).list();
    }

    /** The hash of the last entry of the chain (call under the chain lock). */
    public Optional<String> findHeadHash() {
        return db.sql("select hash from audit.entry order by id desc limit 1").query(String.class).optional();
    }

    /** The next entry's id and time, both from the database, so that id order and time agree across instances. */
    public Slot allocate() {
        return db.sql("select nextval(pg_get_serial_sequence('audit.entry', 'id')) as id, clock_timestamp() as now")
                .query((rs, row) -> new Slot(rs.getLong("id"), rs.getObject("now", OffsetDateTime.class).toInstant()))
                .single();
    }

    public void insert(AuditEntry entry) {
        db.sql("""
                insert into audit.entry (""" + COLUMNS + """
                ) overriding system value
                values (:id, :occurredAt, :actor, :actorId, :action, :objectType, :objectId, :classification, :summary,
                        :previousHash, :hash)""")
                .param("id", entry.id())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("actorId", entry.actorId(), java.sql.Types.BIGINT)
                .param("action", entry.action())
                .param("objectType", entry.objectType(), java.sql.Types.VARCHAR)
                .param("objectId", entry.objectId(), java.sql.Types.VARCHAR)
                .param("classification", entry.classification(), java.sql.Types.VARCHAR)
                .param("summary", entry.summary(), java.sql.Types.VARCHAR)
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
    }

    /** Entries after the id, oldest first: the chain in order, a batch at a time. */
    public List<AuditEntry> listInChainOrder(long afterId, int limit) {
        return db.sql("select " + COLUMNS + " from audit.entry where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit).query(ENTRY).list();
    }

    /** Entries that match, newest first. */
    public List<AuditEntry> find(AuditFilter filter, long offset, int limit) {
        return filtered("select " + COLUMNS + " from audit.entry " + WHERE + " order by id desc limit :limit offset :offset", filter, db)
                .param("limit", limit).param("offset", offset).query(ENTRY).list();
    }

    public long count(AuditFilter filter) {
        return filtered("select count(*) from audit.entry " + WHERE, filter, db).query(Long.class).single();
    }

    /** Every entry that matches, newest first, read with a cursor (call inside a transaction). */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        try (var rows = filtered("select " + COLUMNS + " from audit.entry " + WHERE + " order by id desc", filter, streaming)
                .query(ENTRY).stream()) {
            rows.forEach(consumer);
        }
    }

    private static JdbcClient.StatementSpec filtered(String sql, AuditFilter filter, JdbcClient client) {
        return client.sql(sql)
                .param("actor", filter.actor(), java.sql.Types.VARCHAR)
                .param("actionPrefix", filter.actionPrefix(), java.sql.Types.VARCHAR)
                .param("actionLike", filter.actionPrefix() == null ? null : escapeLike(filter.actionPrefix()) + "%", java.sql.Types.VARCHAR)
                .param("objectType", filter.objectType(), java.sql.Types.VARCHAR)
                .param("objectId", filter.objectId(), java.sql.Types.VARCHAR)
                .param("classification", filter.classification(), java.sql.Types.VARCHAR)
                .param("from", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
