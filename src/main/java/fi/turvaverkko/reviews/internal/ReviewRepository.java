package fi.turvaverkko.reviews.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.reviews.Audience;
import fi.turvaverkko.reviews.Review;
import fi.turvaverkko.reviews.ReviewContent;
import fi.turvaverkko.reviews.ReviewLanguage;
import fi.turvaverkko.reviews.ReviewSettings;
import fi.turvaverkko.reviews.ReviewState;
import fi.turvaverkko.reviews.Section;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Status reviews; every read through the reader's visibility (the access policy's condition) and, for drafts and
 * approved reviews, only for those who prepare reviews. Lists never load the content, the HTML or the PDF.
 */
@Repository
public class ReviewRepository {

    private static final String COLUMNS = """
            r.id, r.plan_id, r.title, r.period_from, r.period_to, r.audience, r.language, r.snapshot_id, r.state, r.classification,
            r.owner_organisation_id, r.sections, r.content, r.created_by_name, r.created_at, r.updated_at, r.approved_by_name,
            r.approved_at, r.published_by_name, r.published_at, r.pdf_sha256, r.version, r.demo,
            array(select x.organisation_id from reviews.review_share x where x.review_id = r.id and x.organisation_id is not null order by 1) as orgs,
            array(select x.body_id from reviews.review_share x where x.review_id = r.id and x.body_id is not null order by 1) as bodies
            """;

    private final JdbcClient db;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewRepository(JdbcClient db) {
        this.db = db;
    }

    /** Who sees drafts: those who prepare reviews see every draft the access policy lets them; others only published ones. */
    private static String visible(Visibility visibility) {
        return "(" + visibility.condition("r", "reviews.review_share", "review_id") + " and (r.state = 'PUBLISHED' or :preparer))";
    }

    public String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** Sections as stored: the text and who last wrote it. */
    record StoredSection(String text, String updatedByName, Instant updatedAt) {
    }

    private Map<Section, Review.SectionText> sections(String stored) {
        Map<String, StoredSection> raw = json.readValue(stored, new TypeReference<Map<String, StoredSection>>() {
        });
        Map<Section, Review.SectionText> sections = new EnumMap<>(Section.class);
        raw.forEach((key, value) -> {
            try {
                sections.put(Section.valueOf(key), new Review.SectionText(value.text(), value.updatedByName(), value.updatedAt()));
            } catch (IllegalArgumentException e) {
                // a section this version no longer has: not shown
            }
        });
        return sections;
    }

    public String sectionsJson(Map<Section, Review.SectionText> sections) {
        Map<String, StoredSection> raw = new java.util.LinkedHashMap<>();
        sections.forEach((key, value) -> raw.put(key.name(), new StoredSection(value.text(), value.updatedByName(), value.updatedAt())));
        return json.writeValueAsString(raw);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).longValue());
        }
        return List.copyOf(values);
    }

    private Review review(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), Audience.valueOf(rs.getString("audience")),
                ReviewLanguage.valueOf(rs.getString("language").toUpperCase(java.util.Locale.ROOT)), rs.getObject("snapshot_id", Long.class),
                ReviewState.valueOf(rs.getString("state")), Classification.valueOf(rs.getString("classification")),
                rs.getObject("owner_organisation_id", Long.class), longs(rs.getArray("orgs")), longs(rs.getArray("bodies")),
                sections(rs.getString("sections")), json.readValue(rs.getString("content"), ReviewContent.class), rs.getString("created_by_name"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("approved_by_name"), instant(rs, "approved_at"),
                rs.getString("published_by_name"), instant(rs, "published_at"), rs.getString("pdf_sha256"), rs.getInt("version"),
                rs.getBoolean("demo"));
    }

    public Optional<Review> find(long id, Visibility visibility, boolean preparer) {
        return db.sql("select " + COLUMNS + " from reviews.review r where r.id = :id and " + visible(visibility))
                .param("id", id).param("preparer", preparer).params(visibility.params()).query(this::review).optional();
    }

    /** The review whatever its visibility: for the checks of a change after the reader's own read. */
    public Optional<ReviewState> findState(long id) {
        return db.sql("select state from reviews.review where id = :id").param("id", id).query(String.class).optional().map(ReviewState::valueOf);
    }

    public List<Review.Summary> list(Visibility visibility, boolean preparer, Long planId, ReviewState state, int limit) {
        return db.sql("""
                select r.id, r.plan_id, r.title, r.period_from, r.period_to, r.audience, r.language, r.state, r.classification,
                       r.created_by_name, r.updated_at, r.published_at, r.demo
                  from reviews.review r
                 where """ + visible(visibility) + """
                   and (cast(:plan as bigint) is null or r.plan_id = :plan)
                   and (cast(:state as text) is null or r.state = :state)
                 order by coalesce(r.published_at, r.updated_at) desc, r.id desc
                 limit :limit""")
                .params(visibility.params()).param("preparer", preparer).param("plan", planId)
                .param("state", state == null ? null : state.name()).param("limit", limit)
                .query((rs, row) -> new Review.Summary(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        Audience.valueOf(rs.getString("audience")), ReviewLanguage.valueOf(rs.getString("language").toUpperCase(java.util.Locale.ROOT)),
                        ReviewState.valueOf(rs.getString("state")), Classification.valueOf(rs.getString("classification")),
                        rs.getString("created_by_name"), instant(rs, "updated_at"), instant(rs, "published_at"), rs.getBoolean("demo")))
                .list();
    }

    /** When the content of the plan's latest published review (other than this one) was compiled: "changes since the last review". */
    public Optional<Instant> findLastPublishedCompilation(long planId, Long exceptReview) {
        return db.sql("""
                select compiled_at from reviews.review
                 where plan_id = :plan and state = 'PUBLISHED' and (cast(:except as bigint) is null or id <> :except)
                 order by compiled_at desc limit 1""")
                .param("plan", planId).param("except", exceptReview).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** What a compilation decides: the content and its classification with the sharing list. */
    public record Compiled(ReviewContent content, Classification classification, Long owner, List<Long> organisations, List<Long> bodies) {
    }

    public long insert(ReviewSettings settings, Compiled compiled, String sectionsJson, long by, String byName, boolean demo) {
        long id = db.sql("""
                insert into reviews.review (plan_id, title, period_from, period_to, audience, language, snapshot_id, classification,
                    owner_organisation_id, content, compiled_at, sections, created_by, created_by_name, demo)
                values (:plan, :title, :from, :to, :audience, :language, :snapshot, :classification, :owner, cast(:content as jsonb),
                    :compiledAt, cast(:sections as jsonb), :by, :byName, :demo)
                returning id""")
                .param("plan", settings.planId()).param("title", settings.title()).param("from", settings.from()).param("to", settings.to())
                .param("audience", settings.audience().name()).param("language", settings.language().code())
                .param("snapshot", settings.snapshotId()).param("classification", compiled.classification().name())
                .param("owner", compiled.owner()).param("content", toJson(compiled.content()))
                .param("compiledAt", Timestamp.from(compiled.content().compiledAt())).param("sections", sectionsJson)
                .param("by", by).param("byName", byName).param("demo", demo).query(Long.class).single();
        share(id, compiled);
        return id;
    }

    private void share(long id, Compiled compiled) {
        db.sql("delete from reviews.review_share where review_id = :id").param("id", id).update();
        compiled.organisations().forEach(o -> db.sql("insert into reviews.review_share (review_id, organisation_id) values (:id, :o)")
                .param("id", id).param("o", o).update());
        compiled.bodies().forEach(b -> db.sql("insert into reviews.review_share (review_id, body_id) values (:id, :b)")
                .param("id", id).param("b", b).update());
    }

    /** Replaces the settings and the compiled content of a draft; false when it is no longer a draft (or the version moved on). */
    public boolean recompile(long id, ReviewSettings settings, Compiled compiled, Integer version) {
        int changed = db.sql("""
                update reviews.review set title = :title, period_from = :from, period_to = :to, audience = :audience, language = :language,
                       snapshot_id = :snapshot, classification = :classification, owner_organisation_id = :owner,
                       content = cast(:content as jsonb), compiled_at = :compiledAt, updated_at = now(), version = version + 1
                 where id = :id and state = 'DRAFT' and (cast(:version as integer) is null or version = :version)""")
                .param("id", id).param("title", settings.title()).param("from", settings.from()).param("to", settings.to())
                .param("audience", settings.audience().name()).param("language", settings.language().code())
                .param("snapshot", settings.snapshotId()).param("classification", compiled.classification().name())
                .param("owner", compiled.owner()).param("content", toJson(compiled.content()))
                .param("compiledAt", Timestamp.from(compiled.content().compiledAt())).param("version", version).update();
        if (changed == 1) {
            share(id, compiled);
        }
        return changed == 1;
    }

    public boolean updateSections(long id, String sectionsJson, Integer version) {
        return db.sql("""
                update reviews.review set sections = cast(:sections as jsonb), updated_at = now(), version = version + 1
                 where id = :id and state = 'DRAFT' and (cast(:version as integer) is null or version = :version)""")
                .param("id", id).param("sections", sectionsJson).param("version", version).update() == 1;
    }

    public boolean approve(long id, long by, String byName, Integer version) {
        return db.sql("""
                update reviews.review set state = 'APPROVED', approved_by = :by, approved_by_name = :byName, approved_at = now(),
                       updated_at = now(), version = version + 1
                 where id = :id and state = 'DRAFT' and (cast(:version as integer) is null or version = :version)""")
                .param("id", id).param("by", by).param("byName", byName).param("version", version).update() == 1;
    }

    public boolean reopen(long id) {
        return db.sql("""
                update reviews.review set state = 'DRAFT', approved_by = null, approved_by_name = null, approved_at = null,
                       updated_at = now(), version = version + 1
                 where id = :id and state = 'APPROVED'""").param("id", id).update() == 1;
    }

    /** Approved → published, with the rendered document; the trigger keeps it as it is from then on. */
    public boolean publish(long id, Instant at, long by, String byName, String html, byte[] pdf, String sha256) {
        return db.sql("""
                update reviews.review set state = 'PUBLISHED', published_by = :by, published_by_name = :byName, published_at = :at,
                       html = :html, pdf = :pdf, pdf_sha256 = :sha, updated_at = :at, version = version + 1
                 where id = :id and state = 'APPROVED'""")
                .param("id", id).param("by", by).param("byName", byName).param("at", Timestamp.from(at)).param("html", html)
                .param("pdf", pdf).param("sha", sha256).update() == 1;
    }

    public boolean deleteDraft(long id) {
        return db.sql("delete from reviews.review where id = :id and state = 'DRAFT'").param("id", id).update() == 1;
    }

    public Optional<byte[]> findPdf(long id) {
        return db.sql("select pdf from reviews.review where id = :id and pdf is not null").param("id", id).query(byte[].class).optional();
    }

    public Optional<String> findHtml(long id) {
        return db.sql("select html from reviews.review where id = :id and html is not null").param("id", id).query(String.class).optional();
    }
}
