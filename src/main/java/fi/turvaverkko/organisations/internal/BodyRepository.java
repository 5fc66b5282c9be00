package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.BodyMember;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.CooperationAgreement;
import fi.turvaverkko.organisations.Person;
import fi.turvaverkko.organisations.Position;

/** The organisations schema's cooperation bodies, their members, rotating chairs and cooperation agreements. */
@Repository
public class BodyRepository {

    private static final String BODY_COLUMNS = """
            b.id, b.code, b.type, b.name_fi, b.name_sv, b.name_en, b.purpose, b.municipality_code, b.area_code,
            b.secretariat_organisation_id""";

    private static final RowMapper<Coded<Body>> BODY = (rs, row) -> new Coded<>(new Body(rs.getLong("id"),
            BodyType.valueOf(rs.getString("type")), rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"),
            rs.getString("purpose"), rs.getString("municipality_code"), rs.getString("area_code"),
            rs.getObject("secretariat_organisation_id", Long.class)), rs.getString("code"));

    private static final RowMapper<BodyMember> MEMBER = (rs, row) -> new BodyMember(rs.getLong("id"), rs.getLong("body_id"),
            rs.getLong("person_id"), rs.getString("full_name"), rs.getLong("organisation_id"),
            Position.valueOf(rs.getString("position")), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class));

    private final JdbcClient db;

    BodyRepository(JdbcClient db) {
        this.db = db;
    }

    public Optional<Coded<Body>> find(long id) {
        return db.sql("select " + BODY_COLUMNS + " from organisations.body b where b.id = :id").param("id", id).query(BODY).optional();
    }

    public Optional<Coded<Body>> findByCode(String code) {
        return db.sql("select " + BODY_COLUMNS + " from organisations.body b where b.code = :code").param("code", code).query(BODY).optional();
    }

    /** Bodies in name order; with a type, only those of it. */
    public List<Coded<Body>> list(BodyType type) {
        return db.sql("select " + BODY_COLUMNS + " from organisations.body b where cast(:type as text) is null or b.type = :type"
                + " order by lower(b.name_fi), b.id")
                .param("type", type == null ? null : type.name()).query(BODY).list();
    }

    /** The bodies whose secretariat the organisation is, or in which someone represents it on the day, in name order. */
    public List<Coded<Body>> listInvolving(long organisationId, LocalDate day) {
        return db.sql("select " + BODY_COLUMNS + """
                 from organisations.body b
                where b.secretariat_organisation_id = :id
                   or exists (select 1 from organisations.body_member bm where bm.body_id = b.id and bm.organisation_id = :id
                              and bm.valid_from <= :day and (bm.valid_to is null or bm.valid_to >= :day))
                order by lower(b.name_fi), b.id""")
                .param("id", organisationId).param("day", day).query(BODY).list();
    }

    /** Locks the body's row until the transaction ends: changes to its members are made one at a time. */
    public boolean lock(long id) {
        return !db.sql("select id from organisations.body where id = :id for update").param("id", id).query(Long.class).list().isEmpty();
    }

    public boolean codeTaken(String code) {
        return db.sql("select count(*) from organisations.body where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public long insert(String code, BodyDraft draft, boolean demo) {
        return db.sql("""
                insert into organisations.body (code, type, name_fi, name_sv, name_en, purpose, municipality_code, area_code,
                    secretariat_organisation_id, demo)
                values (:code, :type, :nameFi, :nameSv, :nameEn, :purpose, :municipality, :area, :secretariat, :demo)
                returning id""")
                .param("code", code).param("type", draft.type().name()).param("nameFi", draft.nameFi())
                .param("nameSv", draft.nameSv()).param("nameEn", draft.nameEn()).param("purpose", draft.purpose())
                .param("municipality", draft.municipalityCode()).param("area", draft.areaCode())
                .param("secretariat", draft.secretariatOrganisationId()).param("demo", demo)
                .query(Long.class).single();
    }

    public void update(long id, BodyDraft draft) {
        db.sql("""
                update organisations.body set type = :type, name_fi = :nameFi, name_sv = :nameSv, name_en = :nameEn,
                    purpose = :purpose, municipality_code = :municipality, area_code = :area,
                    secretariat_organisation_id = :secretariat, updated_at = now()
                where id = :id""")
                .param("id", id).param("type", draft.type().name()).param("nameFi", draft.nameFi())
                .param("nameSv", draft.nameSv()).param("nameEn", draft.nameEn()).param("purpose", draft.purpose())
                .param("municipality", draft.municipalityCode()).param("area", draft.areaCode())
                .param("secretariat", draft.secretariatOrganisationId())
                .update();
    }

    // members

    public List<BodyMember> listMembers(long bodyId) {
        return db.sql("""
                select bm.id, bm.body_id, bm.person_id, p.full_name, bm.organisation_id, bm.position, bm.valid_from, bm.valid_to
                from organisations.body_member bm join organisations.person p on p.id = bm.person_id
                where bm.body_id = :bodyId
                order by array_position(array['CHAIR','VICE_CHAIR','SECRETARY','MEMBER','EXPERT','OBSERVER']::text[], bm.position::text),
                         lower(p.full_name), bm.valid_from, bm.id""")
                .param("bodyId", bodyId).query(MEMBER).list();
    }

    /** The people with a term in the body on the day, in name order. */
    public List<Person> listPeopleOn(long bodyId, LocalDate day) {
        return db.sql("""
                select distinct p.id, p.full_name, p.title, p.email, p.user_id, lower(p.full_name) as sort_name
                from organisations.person p join organisations.body_member bm on bm.person_id = p.id
                where bm.body_id = :bodyId and bm.valid_from <= :day and (bm.valid_to is null or bm.valid_to >= :day)
                order by sort_name, p.id""")
                .param("bodyId", bodyId).param("day", day).query(OrganisationRepository.PERSON).list();
    }

    /** Whether the user's person is chair, vice chair or secretary of the body on the day. */
    public boolean runsOn(long userId, long bodyId, LocalDate day) {
        return db.sql("""
                select count(*) from organisations.body_member bm join organisations.person p on p.id = bm.person_id
                where p.user_id = :userId and bm.body_id = :bodyId and bm.position in ('CHAIR', 'VICE_CHAIR', 'SECRETARY')
                  and bm.valid_from <= :day and (bm.valid_to is null or bm.valid_to >= :day)""")
                .param("userId", userId).param("bodyId", bodyId).param("day", day).query(Long.class).single() > 0;
    }

    public long insertMember(long bodyId, MemberDraft member, boolean demo) {
        return db.sql("""
                insert into organisations.body_member (body_id, person_id, organisation_id, position, valid_from, valid_to, demo)
                values (:bodyId, :personId, :organisationId, :position, :from, :to, :demo) returning id""")
                .param("bodyId", bodyId).param("personId", member.personId()).param("organisationId", member.organisationId())
                .param("position", member.position().name()).param("from", member.from()).param("to", member.to())
                .param("demo", demo).query(Long.class).single();
    }

    public void updateMember(long bodyId, long memberId, MemberDraft member) {
        db.sql("""
                update organisations.body_member set person_id = :personId, organisation_id = :organisationId,
                    position = :position, valid_from = :from, valid_to = :to
                where id = :id and body_id = :bodyId""")
                .param("id", memberId).param("bodyId", bodyId).param("personId", member.personId())
                .param("organisationId", member.organisationId()).param("position", member.position().name())
                .param("from", member.from()).param("to", member.to()).update();
    }

    public void deleteMember(long bodyId, long memberId) {
        db.sql("delete from organisations.body_member where id = :id and body_id = :bodyId")
                .param("id", memberId).param("bodyId", bodyId).update();
    }

    // rotating chair

    public Optional<ChairRotation> findRotation(long bodyId) {
        var rule = db.sql("select term_months, starts_on from organisations.chair_rotation where body_id = :bodyId")
                .param("bodyId", bodyId)
                .query((rs, row) -> Map.entry(rs.getInt("term_months"), rs.getObject("starts_on", LocalDate.class)))
                .optional();
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        List<Long> order = db.sql("select organisation_id from organisations.chair_rotation_party where body_id = :bodyId order by turn")
                .param("bodyId", bodyId).query(Long.class).list();
        return Optional.of(new ChairRotation(order, rule.get().getKey(), rule.get().getValue()));
    }

    public void replaceRotation(long bodyId, ChairRotation rotation) {
        db.sql("delete from organisations.chair_rotation where body_id = :bodyId").param("bodyId", bodyId).update();
        if (rotation == null) {
            return;
        }
        db.sql("insert into organisations.chair_rotation (body_id, term_months, starts_on) values (:bodyId, :months, :startsOn)")
                .param("bodyId", bodyId).param("months", rotation.termMonths()).param("startsOn", rotation.startsOn()).update();
        for (int turn = 0; turn < rotation.organisationIds().size(); turn++) {
            db.sql("insert into organisations.chair_rotation_party (body_id, turn, organisation_id) values (:bodyId, :turn, :organisationId)")
                    .param("bodyId", bodyId).param("turn", turn).param("organisationId", rotation.organisationIds().get(turn)).update();
        }
    }

    // cooperation agreements

    private record AgreementRow(long id, String code, String titleFi, String titleSv, String titleEn, String decisionReference,
            String goals, LocalDate validFrom, LocalDate validTo, Long steeringBodyId) {
    }

    private static final String AGREEMENT_COLUMNS = """
            a.id, a.code, a.title_fi, a.title_sv, a.title_en, a.decision_reference, a.goals, a.valid_from, a.valid_to, a.steering_body_id""";

    private static final RowMapper<AgreementRow> AGREEMENT = (rs, row) -> new AgreementRow(rs.getLong("id"), rs.getString("code"),
            rs.getString("title_fi"), rs.getString("title_sv"), rs.getString("title_en"), rs.getString("decision_reference"),
            rs.getString("goals"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
            rs.getObject("steering_body_id", Long.class));

    public List<CooperationAgreement> listAgreements() {
        return complete(db.sql("select " + AGREEMENT_COLUMNS + " from organisations.agreement a order by a.valid_from desc, a.id desc")
                .query(AGREEMENT).list());
    }

    public Optional<CooperationAgreement> findAgreementByCode(String code) {
        return complete(db.sql("select " + AGREEMENT_COLUMNS + " from organisations.agreement a where a.code = :code")
                .param("code", code).query(AGREEMENT).list()).stream().findFirst();
    }

    /** The agreements that set up the body as their steering group. */
    public List<CooperationAgreement> listAgreementsSteeredBy(long bodyId) {
        return complete(db.sql("select " + AGREEMENT_COLUMNS + " from organisations.agreement a where a.steering_body_id = :bodyId"
                + " order by a.valid_from desc, a.id desc")
                .param("bodyId", bodyId).query(AGREEMENT).list());
    }

    /** The agreements the organisation is a party of. */
    public List<CooperationAgreement> listAgreementsOfParty(long organisationId) {
        return complete(db.sql("select " + AGREEMENT_COLUMNS + """
                 from organisations.agreement a
                where exists (select 1 from organisations.agreement_party ap where ap.agreement_id = a.id and ap.organisation_id = :id)
                order by a.valid_from desc, a.id desc""")
                .param("id", organisationId).query(AGREEMENT).list());
    }

    private List<CooperationAgreement> complete(List<AgreementRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(AgreementRow::id).toArray(Long[]::new);
        Map<Long, List<Long>> parties = new LinkedHashMap<>();
        db.sql("""
                select ap.agreement_id, ap.organisation_id from organisations.agreement_party ap
                join organisations.organisation o on o.id = ap.organisation_id
                where ap.agreement_id = any(:ids) order by lower(o.name_fi)""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<CooperationAgreement.Signatory>> signatories = new LinkedHashMap<>();
        db.sql("""
                select s.agreement_id, s.person_id, p.full_name, p.title, s.organisation_id from organisations.agreement_signatory s
                join organisations.person p on p.id = s.person_id
                where s.agreement_id = any(:ids) order by lower(p.full_name)""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong(1), new CooperationAgreement.Signatory(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5)))).list()
                .forEach(e -> signatories.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(a -> new CooperationAgreement(a.id(), a.code(), a.titleFi(), a.titleSv(), a.titleEn(),
                a.decisionReference(), a.goals(), a.validFrom(), a.validTo(), a.steeringBodyId(),
                parties.getOrDefault(a.id(), List.of()), signatories.getOrDefault(a.id(), List.of()))).toList();
    }
}
