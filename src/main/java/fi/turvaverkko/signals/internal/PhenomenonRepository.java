package fi.turvaverkko.signals.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.signals.Phenomenon;

/** The taxonomy tables. */
@Repository
public class PhenomenonRepository {

    static final RowMapper<Phenomenon> PHENOMENON = (rs, row) -> new Phenomenon(rs.getInt("id"), rs.getInt("category_id"),
            rs.getString("code"), rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"),
            rs.getInt("position"), rs.getBoolean("active"));

    public record CategoryRow(int id, String code, String nameFi, String nameSv, String nameEn, int position) {
    }

    private final JdbcClient db;

    PhenomenonRepository(JdbcClient db) {
        this.db = db;
    }

    public List<CategoryRow> listCategories() {
        return db.sql("select id, code, name_fi, name_sv, name_en, position from signals.category order by position, id")
                .query((rs, row) -> new CategoryRow(rs.getInt("id"), rs.getString("code"), rs.getString("name_fi"),
                        rs.getString("name_sv"), rs.getString("name_en"), rs.getInt("position"))).list();
    }

    public List<Phenomenon> listPhenomena() {
        return db.sql("select * from signals.phenomenon order by position, id").query(PHENOMENON).list();
    }

    public Optional<Phenomenon> find(int id) {
        return db.sql("select * from signals.phenomenon where id = :id").param("id", id).query(PHENOMENON).optional();
    }

    public Optional<Phenomenon> findByCode(String code) {
        return db.sql("select * from signals.phenomenon where code = :code").param("code", code).query(PHENOMENON).optional();
    }

    public boolean categoryExists(int id) {
        return db.sql("select count(*) from signals.category where id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public int insert(int categoryId, String code, String nameFi, String nameSv, String nameEn) {
        return db.sql("""
                insert into signals.phenomenon (category_id, code, name_fi, name_sv, name_en, position)
                values (:category, :code, :fi, :sv, :en, (select coalesce(max(position), 0) + 1 from signals.phenomenon))
                returning id""")
                .param("category", categoryId).param("code", code).param("fi", nameFi).param("sv", nameSv).param("en", nameEn)
                .query(Integer.class).single();
    }

    public void update(int id, int categoryId, String nameFi, String nameSv, String nameEn, boolean active) {
        db.sql("""
                update signals.phenomenon set category_id = :category, name_fi = :fi, name_sv = :sv, name_en = :en, active = :active
                 where id = :id""")
                .param("id", id).param("category", categoryId).param("fi", nameFi).param("sv", nameSv).param("en", nameEn)
                .param("active", active).update();
    }
}
