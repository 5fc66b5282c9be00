package fi.turvaverkko.situation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.situation.Period;
import fi.turvaverkko.situation.Snapshot;
import tools.jackson.databind.json.JsonMapper;

/** Published snapshots; every read through the reader's visibility. */
@Repository
public class SnapshotRepository {

    private static final String SELECT = """
            select s.*,
                   array(select x.organisation_id from situation.snapshot_share x where x.snapshot_id = s.id and x.organisation_id is not null) as orgs,
                   array(select x.body_id from situation.snapshot_share x where x.snapshot_id = s.id and x.body_id is not null) as bodies
              from situation.snapshot s
            """;

    /** A listed snapshot, without its content. */
    public record Summary(long id, String title, Period period, String level, Classification classification, long publishedBy,
            java.time.Instant publishedAt, boolean demo, boolean lowered) {
    }

    private final JdbcClient db;
    private final JsonMapper json = JsonMapper.builder().build();

    SnapshotRepository(JdbcClient db) {
        this.db = db;
    }

    private Snapshot snapshot(ResultSet rs, int row) throws SQLException {
        return new Snapshot(rs.getLong("id"), rs.getString("title"),
                new Period(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)), rs.getString("level"),
                Classification.valueOf(rs.getString("classification")), Classification.valueOf(rs.getString("computed_classification")),
                rs.getString("lowered_reason"), rs.getTimestamp("lowered_at") == null ? null : rs.getTimestamp("lowered_at").toInstant(),
                rs.getObject("owner_organisation_id", Long.class), AssessmentRepository.longs(rs.getArray("orgs")),
                AssessmentRepository.longs(rs.getArray("bodies")), rs.getLong("published_by"), rs.getTimestamp("published_at").toInstant(),
                rs.getBoolean("demo"), rs.getString("content_hash"), json.readValue(rs.getString("content"), Snapshot.Content.class));
    }

    public String toJson(Snapshot.Content content) {
        return json.writeValueAsString(content);
    }

    public long insert(String title, Period period, String level, String contentJson, String hash, Classification classification,
            Long owner, List<Long> organisations, List<Long> bodies, long publishedBy, boolean demo) {
        long id = db.sql("""
                insert into situation.snapshot (title, period_from, period_to, level, content, content_hash, classification,
                    computed_classification, owner_organisation_id, published_by, demo)
                values (:title, :from, :to, :level, cast(:content as jsonb), :hash, :classification, :classification, :owner, :by, :demo)
                returning id""")
                .param("title", title).param("from", period.from()).param("to", period.to()).param("level", level)
                .param("content", contentJson).param("hash", hash).param("classification", classification.name())
                .param("owner", owner).param("by", publishedBy).param("demo", demo).query(Long.class).single();
        organisations.forEach(o -> db.sql("insert into situation.snapshot_share (snapshot_id, organisation_id) values (:id, :o)")
                .param("id", id).param("o", o).update());
        bodies.forEach(b -> db.sql("insert into situation.snapshot_share (snapshot_id, body_id) values (:id, :b)")
                .param("id", id).param("b", b).update());
        return id;
    }

    public Optional<Snapshot> find(long id, Visibility visibility) {
        return db.sql(SELECT + " where s.id = :id and " + visibility.condition("s", "situation.snapshot_share", "snapshot_id"))
                .param("id", id).params(visibility.params()).query(this::snapshot).optional();
    }

    public List<Summary> list(Visibility visibility, int limit) {
        return db.sql("""
                select s.id, s.title, s.period_from, s.period_to, s.level, s.classification, s.published_by, s.published_at, s.demo,
                       s.lowered_at is not null as lowered
                  from situation.snapshot s where """ + visibility.condition("s", "situation.snapshot_share", "snapshot_id")
                + " order by s.published_at desc, s.id desc limit :limit")
                .params(visibility.params()).param("limit", limit)
                .query((rs, row) -> new Summary(rs.getLong("id"), rs.getString("title"),
                        new Period(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                        rs.getString("level"), Classification.valueOf(rs.getString("classification")), rs.getLong("published_by"),
                        rs.getTimestamp("published_at").toInstant(), rs.getBoolean("demo"), rs.getBoolean("lowered")))
                .list();
    }

    public void lower(long id, Classification classification, String reason, long by) {
        db.sql("update situation.snapshot set classification = :c, lowered_reason = :reason, lowered_by = :by, lowered_at = now() where id = :id")
                .param("c", classification.name()).param("reason", reason).param("by", by).param("id", id).update();
    }
}
