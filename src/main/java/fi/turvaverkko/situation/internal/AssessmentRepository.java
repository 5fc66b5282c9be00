package fi.turvaverkko.situation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.situation.Assessment;

/** Assessments, always read through the reader's visibility. */
@Repository
public class AssessmentRepository {

    private static final String SELECT = """
            select a.*,
                   array(select s.organisation_id from situation.assessment_share s where s.assessment_id = a.id and s.organisation_id is not null) as orgs,
                   array(select s.body_id from situation.assessment_share s where s.assessment_id = a.id and s.body_id is not null) as bodies
              from situation.assessment a
            """;

    private final JdbcClient db;

    AssessmentRepository(JdbcClient db) {
        this.db = db;
    }

    private static Assessment assessment(ResultSet rs, int row) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getString("phenomenon_code"), rs.getString("area_code"), rs.getString("title"),
                rs.getString("text"), Assessment.Confidence.valueOf(rs.getString("confidence")), rs.getString("recommended_measures"),
                Classification.valueOf(rs.getString("classification")), rs.getObject("owner_organisation_id", Long.class),
                longs(rs.getArray("orgs")), longs(rs.getArray("bodies")), rs.getString("legal_basis"), rs.getLong("written_by"),
                rs.getTimestamp("written_at").toInstant(), rs.getBoolean("demo"));
    }

    static List<Long> longs(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return java.util.Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).longValue()).toList();
    }

    public long insert(String phenomenonCode, String areaCode, String title, String text, Assessment.Confidence confidence,
            String measures, Classification classification, Long owner, List<Long> organisations, List<Long> bodies,
            String legalBasis, long writtenBy) {
        long id = db.sql("""
                insert into situation.assessment (phenomenon_code, area_code, title, text, confidence, recommended_measures,
                    classification, owner_organisation_id, legal_basis, written_by)
                values (:phenomenon, :area, :title, :text, :confidence, :measures, :classification, :owner, :legalBasis, :by)
                returning id""")
                .param("phenomenon", phenomenonCode).param("area", areaCode).param("title", title).param("text", text)
                .param("confidence", confidence.name()).param("measures", measures).param("classification", classification.name())
                .param("owner", owner).param("legalBasis", legalBasis).param("by", writtenBy).query(Long.class).single();
        organisations.forEach(o -> db.sql("insert into situation.assessment_share (assessment_id, organisation_id) values (:id, :o)")
                .param("id", id).param("o", o).update());
        bodies.forEach(b -> db.sql("insert into situation.assessment_share (assessment_id, body_id) values (:id, :b)")
                .param("id", id).param("b", b).update());
        return id;
    }

    public Optional<Assessment> find(long id, Visibility visibility) {
        return db.sql(SELECT + " where a.id = :id and " + visibility.condition("a", "situation.assessment_share", "assessment_id"))
                .param("id", id).params(visibility.params()).query(AssessmentRepository::assessment).optional();
    }

    /** Visible assessments, newest first: of an area and the areas above it (null: all), of a phenomenon (null: all). */
    public List<Assessment> list(String areaCode, String phenomenonCode, Instant since, int limit, Visibility visibility) {
        return db.sql(SELECT + """
                 where (cast(:area as text) is null or a.area_code is null or cast(:area as text) like a.area_code || '%')
                   and (cast(:phenomenon as text) is null or a.phenomenon_code = :phenomenon or a.phenomenon_code is null)
                   and (cast(:since as timestamptz) is null or a.written_at >= :since)
                   and """ + visibility.condition("a", "situation.assessment_share", "assessment_id")
                + " order by a.written_at desc, a.id desc limit :limit")
                .param("area", areaCode).param("phenomenon", phenomenonCode)
                .param("since", since == null ? null : Timestamp.from(since)).param("limit", limit)
                .params(visibility.params()).query(AssessmentRepository::assessment).list();
    }
}
