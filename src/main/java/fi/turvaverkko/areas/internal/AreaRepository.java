package fi.turvaverkko.areas.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.areas.Area;
import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Municipality;

/** The areas schema: municipalities, areas with their boundary history, and the record of imports. */
@Repository
public class AreaRepository {

    private static final String COLUMNS = """
            code, level, municipality_code, local_code, name_fi, name_sv, parent_code, label_lon, label_lat, area_m2,
            valid_from, valid_to""";

    private static final RowMapper<Area> AREA = (rs, row) -> new Area(rs.getString("code"),
            AreaLevel.valueOf(rs.getString("level")), rs.getString("municipality_code"), rs.getString("local_code"),
            rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("parent_code"), rs.getDouble("label_lon"),
            rs.getDouble("label_lat"), rs.getDouble("area_m2"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class));

    private final JdbcClient db;

    AreaRepository(JdbcClient db) {
        this.db = db;
    }

    public List<Municipality> listMunicipalities() {
        return db.sql("select code, name_fi, name_sv from areas.municipality order by code").query(Municipality.class).list();
    }

    /** Municipalities that have areas now, in code order. */
    public List<Municipality> listMunicipalitiesWithAreas() {
        return db.sql("""
                select m.code, m.name_fi, m.name_sv from areas.municipality m
                where exists (select 1 from areas.area a where a.municipality_code = m.code and a.valid_to is null)
                order by m.code""").query(Municipality.class).list();
    }

    public Optional<Municipality> findMunicipality(String code) {
        return db.sql("select code, name_fi, name_sv from areas.municipality where code = :code")
                .param("code", code).query(Municipality.class).optional();
    }

    void saveMunicipality(Municipality municipality) {
        db.sql("""
                insert into areas.municipality (code, name_fi, name_sv) values (:code, :nameFi, :nameSv)
                on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv
                where (areas.municipality.name_fi, areas.municipality.name_sv) is distinct from (excluded.name_fi, excluded.name_sv)""")
                .param("code", municipality.code()).param("nameFi", municipality.nameFi()).param("nameSv", municipality.nameSv())
                .update();
    }

    public Optional<Area> findCurrent(String code) {
        return db.sql("select " + COLUMNS + " from areas.area where code = :code and valid_to is null")
                .param("code", code).query(AREA).optional();
    }

    /** Every vintage of the area, newest first. */
    public List<Area> listHistory(String code) {
        return db.sql("select " + COLUMNS + " from areas.area where code = :code order by valid_from desc")
                .param("code", code).query(AREA).list();
    }

    public List<Area> listChildren(String code) {
        return db.sql("select " + COLUMNS + " from areas.area where parent_code = :code and valid_to is null order by code")
                .param("code", code).query(AREA).list();
    }

    /** The current areas of a municipality (all when null) on a level (all when null), in code order. */
    public List<Area> listCurrent(String municipality, AreaLevel level) {
        return db.sql("select " + COLUMNS + """
                 from areas.area
                where valid_to is null
                  and (cast(:municipality as varchar) is null or municipality_code = :municipality)
                  and (cast(:level as varchar) is null or level = :level)
                order by code""")
                .param("municipality", municipality).param("level", level == null ? null : level.name())
                .query(AREA).list();
    }

    /**
     * Current areas whose Finnish or Swedish name contains the query (any letter case), or whose code starts with it;
     * names that start with the query first, then larger areas first.
     */
    public List<Area> search(String query, String municipality, AreaLevel level, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return db.sql("select " + COLUMNS + """
                 from areas.area
                where valid_to is null
                  and (cast(:municipality as varchar) is null or municipality_code = :municipality)
                  and (cast(:level as varchar) is null or level = :level)
                  and (:q = ''
                       or lower(name_fi) like :contains or lower(coalesce(name_sv, '')) like :contains
                       or code like :prefix or local_code = :q)
                order by case when :q <> '' and (lower(name_fi) like :prefix or lower(coalesce(name_sv, '')) like :prefix) then 0 else 1 end,
                         case level when 'MAJOR_DISTRICT' then 0 when 'BASIC_DISTRICT' then 1 when 'SUB_AREA' then 2 else 3 end,
                         name_fi, code
                limit :limit""")
                .param("municipality", municipality).param("level", level == null ? null : level.name())
                .param("q", q).param("prefix", escape(q) + "%").param("contains", "%" + escape(q) + "%")
                .param("limit", limit)
                .query(AREA).list();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The levels a municipality has current areas on. */
    public List<AreaLevel> listLevels(String municipality) {
        return db.sql("select distinct level from areas.area where valid_to is null and municipality_code = :municipality")
                .param("municipality", municipality).query(String.class).list()
                .stream().map(AreaLevel::valueOf).sorted().toList();
    }

    /** Current areas whose parent is not current: what a partial import of a hierarchy would leave behind. */
    List<String> listOrphans() {
        return db.sql("""
                select a.code from areas.area a
                where a.valid_to is null and a.parent_code is not null
                  and not exists (select 1 from areas.area p where p.code = a.parent_code and p.valid_to is null)
                order by a.code limit 25""").query(String.class).list();
    }

    /** Serialises imports of all instances that start at the same time; released at the end of the transaction. */
    void lockForImport() {
        db.sql("select pg_advisory_xact_lock(4711001)").query((rs, row) -> 1).list();
    }

    /** The boundaries of current areas, as WKB (WGS84), for the locate index and the map. */
    public List<AreaGeometry> listCurrentGeometries(String municipality, AreaLevel level) {
        return db.sql("""
                select code, level, geometry from areas.area
                where valid_to is null
                  and (cast(:municipality as varchar) is null or municipality_code = :municipality)
                  and (cast(:level as varchar) is null or level = :level)
                order by code""")
                .param("municipality", municipality).param("level", level == null ? null : level.name())
                .query((rs, row) -> new AreaGeometry(rs.getString("code"), AreaLevel.valueOf(rs.getString("level")), rs.getBytes("geometry")))
                .list();
    }

    public Optional<AreaGeometry> findCurrentGeometry(String code) {
        return db.sql("select code, level, geometry from areas.area where code = :code and valid_to is null")
                .param("code", code)
                .query((rs, row) -> new AreaGeometry(rs.getString("code"), AreaLevel.valueOf(rs.getString("level")), rs.getBytes("geometry")))
                .optional();
    }

    public record AreaGeometry(String code, AreaLevel level, byte[] wkb) {
    }

    record StoredArea(String code, String nameFi, String nameSv, String parentCode, String localCode, byte[] wkb,
            LocalDate validFrom, String dataset) {
    }

    Optional<StoredArea> findStored(String code) {
        return db.sql("""
                select code, name_fi, name_sv, parent_code, local_code, geometry, valid_from, dataset
                from areas.area where code = :code and valid_to is null""")
                .param("code", code).query(AreaRepository::stored).optional();
    }

    List<String> listCurrentCodesOf(String dataset) {
        return db.sql("select code from areas.area where dataset = :dataset and valid_to is null order by code")
                .param("dataset", dataset).query(String.class).list();
    }

    private static StoredArea stored(ResultSet rs, int row) throws SQLException {
        return new StoredArea(rs.getString("code"), rs.getString("name_fi"), rs.getString("name_sv"),
                rs.getString("parent_code"), rs.getString("local_code"), rs.getBytes("geometry"),
                rs.getObject("valid_from", LocalDate.class), rs.getString("dataset"));
    }

    void insert(ParsedArea area, byte[] wkb, double[] label, double areaM2, String dataset, LocalDate validFrom) {
        db.sql("""
                insert into areas.area (code, municipality_code, level, local_code, name_fi, name_sv, parent_code, geometry,
                    label_lon, label_lat, area_m2, dataset, valid_from)
                values (:code, :municipality, :level, :localCode, :nameFi, :nameSv, :parent, :geometry,
                    :labelLon, :labelLat, :areaM2, :dataset, :validFrom)""")
                .param("code", area.code()).param("municipality", area.municipalityCode()).param("level", area.level().name())
                .param("localCode", area.localCode()).param("nameFi", area.nameFi()).param("nameSv", area.nameSv())
                .param("parent", area.parentCode()).param("geometry", wkb)
                .param("labelLon", label[0]).param("labelLat", label[1]).param("areaM2", areaM2)
                .param("dataset", dataset).param("validFrom", validFrom)
                .update();
    }

    /** Ends the current version of an area: it stays as history. */
    void retire(String code, LocalDate validTo) {
        db.sql("update areas.area set valid_to = :validTo where code = :code and valid_to is null")
                .param("code", code).param("validTo", validTo).update();
    }

    boolean alreadyImported(String dataset, String sha256) {
        return db.sql("select count(*) from areas.import_run where dataset = :dataset and sha256 = :sha")
                .param("dataset", dataset).param("sha", sha256).query(Long.class).single() > 0;
    }

    void recordImport(String dataset, String sha256, int features, int created, int changed, int retired, LocalDate validFrom) {
        db.sql("""
                insert into areas.import_run (dataset, sha256, features, created, changed, retired, valid_from)
                values (:dataset, :sha, :features, :created, :changed, :retired, :validFrom)""")
                .param("dataset", dataset).param("sha", sha256).param("features", features).param("created", created)
                .param("changed", changed).param("retired", retired).param("validFrom", validFrom)
                .update();
    }
}
