package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.organisations.Membership;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.OrganisationType;
import fi.turvaverkko.organisations.Person;

/** The organisations schema's organisations, people and memberships. */
@Repository
public class OrganisationRepository {

    static final String ORGANISATION_COLUMNS = """
            o.id, o.code, o.type, o.parent_id, o.municipality_code, o.name_fi, o.name_sv, o.name_en, o.active_from, o.active_to""";

    static final RowMapper<Organisation> ORGANISATION = (rs, row) -> new Organisation(rs.getLong("id"),
            OrganisationType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
            rs.getString("municipality_code"), rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"),
            rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class));

    static final RowMapper<Coded<Organisation>> CODED_ORGANISATION = (rs, row) -> new Coded<>(ORGANISATION.mapRow(rs, row),
            rs.getString("code"));

    static final RowMapper<Person> PERSON = (rs, row) -> new Person(rs.getLong("id"), rs.getString("full_name"),
            rs.getString("title"), rs.getString("email"), rs.getObject("user_id", Long.class));

    private static final String ACTIVE = "(o.active_from is null or o.active_from <= :today) and (o.active_to is null or o.active_to >= :today)";
    private static final String NAME_ORDER = "order by lower(o.name_fi), o.id";

    private final JdbcClient db;

    OrganisationRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Coded<Organisation>> find(long id) {
        return db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where o.id = :id")
                .param("id", id).query(CODED_ORGANISATION).optional();
    }

    public Optional<Coded<Organisation>> findByCode(String code) {
        return db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where o.code = :code")
                .param("code", code).query(CODED_ORGANISATION).optional();
    }

    public List<Coded<Organisation>> listActive(LocalDate today) {
        return db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where " + ACTIVE + " " + NAME_ORDER)
                .param("today", today).query(CODED_ORGANISATION).list();
    }

    /**
     * Active organisations that match all the filters given (null: any): type, municipality, and a text found in a name
     * (any language) or the code.
     */
    public List<Coded<Organisation>> search(OrganisationType type, String municipality, String query, LocalDate today) {
        return db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where " + ACTIVE + """
                 and (cast(:type as text) is null or o.type = :type)
                 and (cast(:municipality as text) is null or o.municipality_code = :municipality)
                 and (cast(:pattern as text) is null or o.name_fi ilike :pattern or o.name_sv ilike :pattern
                      or o.name_en ilike :pattern or o.code ilike :pattern)
                """ + NAME_ORDER)
                .param("today", today).param("type", type == null ? null : type.name())
                .param("municipality", municipality).param("pattern", Like.contains(query))
                .query(CODED_ORGANISATION).list();
    }

    public List<Coded<Organisation>> listChildren(long id, LocalDate today) {
        return db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where o.parent_id = :id and "
                + ACTIVE + " " + NAME_ORDER)
                .param("id", id).param("today", today).query(CODED_ORGANISATION).list();
    }

    /** The organisation and every organisation above it, from the top down. */
    public List<Coded<Organisation>> listPath(long id) {
        return db.sql("""
                with recursive up (id, depth) as (
                    select id, 0 from organisations.organisation where id = :id
                    union all
                    select o.parent_id, up.depth + 1 from organisations.organisation o join up on o.id = up.id
                    where o.parent_id is not null and up.depth < 32
                )
                select\s""" + ORGANISATION_COLUMNS + " from up join organisations.organisation o on o.id = up.id order by up.depth desc")
                .param("id", id).query(CODED_ORGANISATION).list();
    }

    /** The organisations with these ids, active or not, by id. */
    public java.util.Map<Long, Coded<Organisation>> findAll(java.util.Collection<Long> ids) {
        var found = new java.util.HashMap<Long, Coded<Organisation>>();
        if (!ids.isEmpty()) {
            db.sql("select " + ORGANISATION_COLUMNS + " from organisations.organisation o where o.id = any(:ids)")
                    .param("ids", ids.toArray(Long[]::new)).query(CODED_ORGANISATION).list()
                    .forEach(o -> found.put(o.value().id(), o));
        }
        return found;
    }

    public boolean exists(long id) {
        return db.sql("select count(*) from organisations.organisation where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    // people

    private static final String PERSON_COLUMNS = "p.id, p.full_name, p.title, p.email, p.user_id";

    public Optional<Person> findPerson(long id) {
        return db.sql("select " + PERSON_COLUMNS + " from organisations.person p where p.id = :id")
                .param("id", id).query(PERSON).optional();
    }

    public Optional<Person> findPersonOfUser(long userId) {
        return db.sql("select " + PERSON_COLUMNS + " from organisations.person p where p.user_id = :userId")
                .param("userId", userId).query(PERSON).optional();
    }

    /** People in name order, those whose name, title or e-mail contains the text (all when it is null). */
    public List<Person> searchPeople(String query) {
        return db.sql("select " + PERSON_COLUMNS + """
                 from organisations.person p
                where cast(:pattern as text) is null or p.full_name ilike :pattern or p.title ilike :pattern or p.email ilike :pattern
                order by lower(p.full_name), p.id""")
                .param("pattern", Like.contains(query)).query(PERSON).list();
    }

    /** The people with a membership in the organisation on the day, in name order. */
    public List<Person> listPeopleOf(long organisationId, LocalDate day) {
        return db.sql("select distinct " + PERSON_COLUMNS + ", lower(p.full_name) as sort_name" + """
                 from organisations.person p join organisations.membership m on m.person_id = p.id
                where m.organisation_id = :organisationId and m.valid_from <= :day and (m.valid_to is null or m.valid_to >= :day)
                order by sort_name, p.id""")
                .param("organisationId", organisationId).param("day", day).query(PERSON).list();
    }

    public List<Membership> listMemberships(long personId) {
        return db.sql("""
                select id, person_id, organisation_id, valid_from, valid_to from organisations.membership
                where person_id = :personId order by valid_from desc, id desc""")
                .param("personId", personId)
                .query((rs, row) -> new Membership(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("organisation_id"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    /** Whether the user's person has a membership in the organisation on the day. */
    public boolean isMemberOn(long userId, long organisationId, LocalDate day) {
        return db.sql("""
                select count(*) from organisations.membership m join organisations.person p on p.id = m.person_id
                where p.user_id = :userId and m.organisation_id = :organisationId
                  and m.valid_from <= :day and (m.valid_to is null or m.valid_to >= :day)""")
                .param("userId", userId).param("organisationId", organisationId).param("day", day)
                .query(Long.class).single() > 0;
    }

    /**
     * The organisations the user's person is a member of on the day, and every organisation below them: staff of a
     * department belong to its units too, but staff of a unit do not thereby belong to the whole department. A hash set:
     * the access policy asks it whether it contains a record's owner, which may be null.
     */
    public Set<Long> affiliatedOrganisations(long userId, LocalDate day) {
        return new LinkedHashSet<>(db.sql("""
                with recursive mine (id) as (
                    select m.organisation_id from organisations.membership m join organisations.person p on p.id = m.person_id
                    where p.user_id = :userId and m.valid_from <= :day and (m.valid_to is null or m.valid_to >= :day)
                    union
                    select o.id from organisations.organisation o join mine on o.parent_id = mine.id
                )
                select id from mine order by id""")
                .param("userId", userId).param("day", day).query(Long.class).list());
    }

    /** The bodies in which the user's person has a term on the day. */
    public Set<Long> affiliatedBodies(long userId, LocalDate day) {
        return new LinkedHashSet<>(db.sql("""
                select distinct bm.body_id from organisations.body_member bm join organisations.person p on p.id = bm.person_id
                where p.user_id = :userId and bm.valid_from <= :day and (bm.valid_to is null or bm.valid_to >= :day)
                order by bm.body_id""")
                .param("userId", userId).param("day", day).query(Long.class).list());
    }
}
