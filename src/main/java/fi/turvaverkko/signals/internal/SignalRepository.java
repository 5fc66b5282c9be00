package fi.turvaverkko.signals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.access.AccessPolicy.Visibility;
import fi.turvaverkko.access.Classification;
import fi.turvaverkko.signals.Channel;
import fi.turvaverkko.signals.Reliability;
import fi.turvaverkko.signals.SignalFilter;
import fi.turvaverkko.signals.SignalStatus;
import fi.turvaverkko.signals.SignalView;

/**
 * The signals table. Every read takes the reader's {@link Visibility}: the database keeps to the audiences the reader
 * may see ({@code audience_id in (…)}), so a signal the reader may not see is never loaded.
 */
@Repository
public class SignalRepository {

    static final String COLUMNS = """
            s.id, s.phenomenon_id, p.code as phenomenon_code, s.observed_from, s.observed_to, s.area_code, s.latitude,
            s.longitude, s.count, s.description, s.source_organisation_id, s.channel, s.reliability, a.classification,
            a.owner_organisation_id, a.shared_organisations, a.shared_bodies, a.legal_basis, s.external_id, s.status,
            s.status_note, s.linked_signal_id, s.reported_at, s.demo, s.audience_id, s.day""";
    static final String FROM = " from signals.signal s join signals.audience a on a.id = s.audience_id"
            + " join signals.phenomenon p on p.id = s.phenomenon_id ";

    static final RowMapper<SignalView> SIGNAL = SignalRepository::signal;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate named;

    SignalRepository(JdbcClient db, javax.sql.DataSource dataSource) {
        this.db = db;
        var streaming = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        streaming.setFetchSize(2000);
        this.named = new NamedParameterJdbcTemplate(streaming);
    }

    private static SignalView signal(ResultSet rs, int row) throws SQLException {
        return new SignalView(rs.getLong("id"), rs.getInt("phenomenon_id"), rs.getString("phenomenon_code"),
                rs.getTimestamp("observed_from").toInstant(), rs.getTimestamp("observed_to").toInstant(), rs.getString("area_code"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), rs.getInt("count"),
                rs.getString("description"), rs.getObject("source_organisation_id", Long.class), Channel.valueOf(rs.getString("channel")),
                Reliability.valueOf(rs.getString("reliability")), Classification.valueOf(rs.getString("classification")),
                rs.getObject("owner_organisation_id", Long.class), longs(rs.getArray("shared_organisations")),
                longs(rs.getArray("shared_bodies")), rs.getString("legal_basis"), rs.getString("external_id"),
                SignalStatus.valueOf(rs.getString("status")), rs.getString("status_note"),
                rs.getObject("linked_signal_id", Long.class), rs.getTimestamp("reported_at").toInstant(), rs.getBoolean("demo"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).longValue());
        }
        return values;
    }

    /** The condition "the reader may see this signal" as an audience-id test (the audiences are few). */
    static String visible(Visibility visibility) {
        return "s.audience_id in (select a2.id from signals.audience a2 where " + visibility.conditionOnArrays("a2") + ")";
    }

    public long insert(ValidSignal signal, int audienceId, Channel channel, Long reportedBy, boolean demo) {
        return db.sql("""
                insert into signals.signal (phenomenon_id, observed_from, observed_to, day, area_code, latitude, longitude, count,
                    description, source_organisation_id, channel, reliability, audience_id, external_id, reported_by, demo)
                values (:phenomenon, :from, :to, :day, :area, :lat, :lon, :count, :description, :source, :channel, :reliability,
                    :audience, :external, :by, :demo)
                returning id""")
                .params(params(signal, audienceId)).param("channel", channel.name()).param("by", reportedBy).param("demo", demo)
                .query(Long.class).single();
    }

    private static Map<String, Object> params(ValidSignal signal, int audienceId) {
        Map<String, Object> params = new HashMap<>();
        params.put("phenomenon", signal.phenomenonId());
        params.put("from", Timestamp.from(signal.observedFrom()));
        params.put("to", Timestamp.from(signal.observedTo()));
        params.put("day", signal.day());
        params.put("area", signal.areaCode());
        params.put("lat", signal.latitude());
        params.put("lon", signal.longitude());
        params.put("count", signal.count());
        params.put("description", signal.description());
        params.put("source", signal.sourceOrganisationId());
        params.put("reliability", signal.reliability().name());
        params.put("audience", audienceId);
        params.put("external", signal.externalId());
        return params;
    }

    /** What an earlier signal with the same source and external id contributed to the rollups, locked for the update. */
    public record Existing(long id, java.time.LocalDate day, String areaCode, int phenomenonId, int audienceId, int count) {
    }

    public Optional<Existing> findByExternalIdForUpdate(Long sourceOrganisationId, String externalId) {
        return db.sql("""
                select id, day, area_code, phenomenon_id, audience_id, count from signals.signal
                 where source_organisation_id is not distinct from :source and external_id = :external for update""")
                .param("source", sourceOrganisationId).param("external", externalId)
                .query((rs, row) -> new Existing(rs.getLong("id"), rs.getObject("day", java.time.LocalDate.class),
                        rs.getString("area_code"), rs.getInt("phenomenon_id"), rs.getInt("audience_id"), rs.getInt("count")))
                .optional();
    }

    /** The earlier signals of the source with any of the external ids, locked for the update (imports: a batch at a time). */
    public Map<String, Existing> findByExternalIdsForUpdate(Long sourceOrganisationId, String[] externalIds) {
        Map<String, Existing> found = new HashMap<>();
        db.sql("""
                select id, day, area_code, phenomenon_id, audience_id, count, external_id from signals.signal
                 where source_organisation_id is not distinct from :source and external_id = any(:externals) for update""")
                .param("source", sourceOrganisationId).param("externals", externalIds)
                .query((rs, row) -> found.put(rs.getString("external_id"), new Existing(rs.getLong("id"),
                        rs.getObject("day", java.time.LocalDate.class), rs.getString("area_code"), rs.getInt("phenomenon_id"),
                        rs.getInt("audience_id"), rs.getInt("count"))))
                .list();
        return found;
    }

    /** A signal to replace in {@link #replaceAll}. */
    public record Replacement(long id, ValidSignal signal, int audienceId) {
    }

    /** {@link #replace} for many signals in one batch. */
    public void replaceAll(List<Replacement> replacements, Channel channel) {
        if (replacements.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object>[] batch = new Map[replacements.size()];
        for (int i = 0; i < batch.length; i++) {
            Replacement r = replacements.get(i);
            Map<String, Object> params = params(r.signal(), r.audienceId());
            params.put("channel", channel.name());
            params.put("id", r.id());
            batch[i] = params;
        }
        named.batchUpdate(REPLACE, batch);
    }

    private static final String REPLACE = """
            update signals.signal set phenomenon_id = :phenomenon, observed_from = :from, observed_to = :to, day = :day,
                area_code = :area, latitude = :lat, longitude = :lon, count = :count, description = :description,
                channel = :channel, reliability = :reliability, audience_id = :audience, updated_at = now()
             where id = :id""";

    public void replace(long id, ValidSignal signal, int audienceId, Channel channel) {
        db.sql("""
                update signals.signal set phenomenon_id = :phenomenon, observed_from = :from, observed_to = :to, day = :day,
                    area_code = :area, latitude = :lat, longitude = :lon, count = :count, description = :description,
                    channel = :channel, reliability = :reliability, audience_id = :audience, updated_at = now()
                 where id = :id""")
                .params(params(signal, audienceId)).param("channel", channel.name()).param("id", id).update();
    }

    public Optional<SignalView> find(long id, Visibility visibility) {
        return db.sql("select " + COLUMNS + FROM + " where s.id = :id and " + visible(visibility))
                .param("id", id).params(visibility.params()).query(SIGNAL).optional();
    }

    public record Where(String sql, Map<String, Object> params) {
    }

    public Where where(SignalFilter filter, String[] areaCodes, Integer[] phenomenonIds, Visibility visibility) {
        StringBuilder sql = new StringBuilder(" where ").append(visible(visibility));
        Map<String, Object> params = new HashMap<>(visibility.params());
        if (areaCodes != null) {
            sql.append(" and s.area_code = any(:areas)");
            params.put("areas", areaCodes);
        }
        if (phenomenonIds != null) {
            sql.append(" and s.phenomenon_id = any(:phenomena)");
            params.put("phenomena", phenomenonIds);
        }
        if (filter.from() != null) {
            sql.append(" and s.observed_to >= :from and s.day >= cast(:fromDay as date)");
            params.put("from", Timestamp.from(filter.from()));
            params.put("fromDay", java.time.LocalDate.ofInstant(filter.from(), SignalRules.HELSINKI).minusDays(367));
        }
        if (filter.to() != null) {
            sql.append(" and s.observed_from < :to and s.day <= cast(:toDay as date)");
            params.put("to", Timestamp.from(filter.to()));
            params.put("toDay", java.time.LocalDate.ofInstant(filter.to(), SignalRules.HELSINKI));
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" and s.status = any(:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.sourceOrganisationId() != null) {
            sql.append(" and s.source_organisation_id = :source");
            params.put("source", filter.sourceOrganisationId());
        }
        if (filter.channel() != null) {
            sql.append(" and s.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        return new Where(sql.toString(), params);
    }

    public List<SignalView> list(Where where, int offset, int limit) {
        return db.sql("select " + COLUMNS + FROM + where.sql() + " order by s.observed_from desc, s.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset).query(SIGNAL).list();
    }

    public long count(Where where) {
        return db.sql("select count(*)" + FROM + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** Every matching signal, oldest first, one at a time (exports of any size; the driver fetches in chunks). */
    public void forEach(Where where, Consumer<SignalView> consumer) {
        named.query("select " + COLUMNS + FROM + where.sql() + " order by s.observed_from, s.id", where.params(),
                rs -> { consumer.accept(signal(rs, 0)); });
    }

    public void changeStatus(long id, SignalStatus status, String note, Long linkedSignalId) {
        db.sql("update signals.signal set status = :status, status_note = :note, linked_signal_id = :linked, updated_at = now() where id = :id")
                .param("status", status.name()).param("note", note).param("linked", linkedSignalId).param("id", id).update();
    }

    /**
     * Signals of the same phenomenon the reader may see, observed within {@code hours} and {@code metres} of the
     * signal (points only), nearest first.
     */
    public List<SignalView> listNear(SignalView signal, int metres, int hours, Visibility visibility) {
        if (!signal.hasPoint()) {
            return List.of();
        }
        double dLat = metres / 111_320.0;
        double dLon = metres / (111_320.0 * Math.cos(Math.toRadians(signal.latitude())));
        return db.sql("select " + COLUMNS + FROM + """
                 where s.id <> :id and s.phenomenon_id = :phenomenon
                   and s.day between cast(:fromDay as date) and cast(:toDay as date)
                   and s.observed_from <= :to and s.observed_to >= :from
                   and s.latitude between :lat - :dLat and :lat + :dLat and s.longitude between :lon - :dLon and :lon + :dLon
                   and 2 * 6371000 * asin(sqrt(power(sin(radians(s.latitude - :lat) / 2), 2)
                       + cos(radians(:lat)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - :lon) / 2), 2))) <= :metres
                   and """ + " " + visible(visibility) + " order by abs(extract(epoch from s.observed_from - :at)) limit 20")
                .params(visibility.params()).param("id", signal.id()).param("phenomenon", signal.phenomenonId())
                .param("fromDay", java.time.LocalDate.ofInstant(signal.observedFrom().minusSeconds(hours * 3600L), SignalRules.HELSINKI).minusDays(1))
                .param("toDay", java.time.LocalDate.ofInstant(signal.observedTo().plusSeconds(hours * 3600L), SignalRules.HELSINKI).plusDays(1))
                .param("from", Timestamp.from(signal.observedFrom().minusSeconds(hours * 3600L)))
                .param("to", Timestamp.from(signal.observedTo().plusSeconds(hours * 3600L)))
                .param("at", Timestamp.from(signal.observedFrom()))
                .param("lat", signal.latitude()).param("lon", signal.longitude()).param("dLat", dLat).param("dLon", dLon)
                .param("metres", (double) metres)
                .query(SIGNAL).list();
    }
}
