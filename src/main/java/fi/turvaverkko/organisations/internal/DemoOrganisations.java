package fi.turvaverkko.organisations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.access.Accounts;
import fi.turvaverkko.organisations.BodyType;
import fi.turvaverkko.organisations.ChairRotation;
import fi.turvaverkko.organisations.OrganisationType;
import fi.turvaverkko.organisations.Position;
import fi.turvaverkko.platform.DemoMode;

/**
 * Demo mode's organisations, people, cooperation bodies and the 2024 children-and-youth agreement, seeded at start-up
 * before the web server takes requests: in one transaction, under an advisory lock (instances that start together
 * seed once), and idempotently by code (a row that exists is left as it is). Every row is marked {@code demo}. The
 * organisations and the agreement are real (official names); the people are fictional.
 */
@Component
class DemoOrganisations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);
    private static final LocalDate CITY_REFORM = LocalDate.of(2017, 6, 1);

    record Org(String code, OrganisationType type, String parent, String municipality, String nameFi, String nameSv,
            String nameEn, LocalDate activeFrom) {
    }

    /** Official names; Swedish and English only where they are known to be the official ones, otherwise null. */
    static final List<Org> ORGANISATIONS = List.of(
            new Org("city-executive-office", OrganisationType.CITY_DIVISION, null, "091", "Kaupunginkanslia", "Stadskansliet",
                    "City Executive Office", CITY_REFORM),
            new Org("safety-unit", OrganisationType.CITY_SERVICE, "city-executive-office", "091",
                    "Turvallisuus- ja valmiusyksikkö", "Säkerhets- och beredskapsenheten", "Safety and Preparedness Unit", null),
            new Org("education-division", OrganisationType.CITY_DIVISION, null, "091", "Kasvatuksen ja koulutuksen toimiala",
                    "Fostrans- och utbildningssektorn", "Education Division", CITY_REFORM),
            new Org("culture-leisure-division", OrganisationType.CITY_DIVISION, null, "091", "Kulttuurin ja vapaa-ajan toimiala",
                    "Kultur- och fritidssektorn", "Culture and Leisure Division", CITY_REFORM),
            new Org("youth-services", OrganisationType.CITY_SERVICE, "culture-leisure-division", "091", "Nuorisopalvelut",
                    "Ungdomstjänster", "Youth Services", null),
            new Org("social-health-rescue-division", OrganisationType.CITY_DIVISION, null, "091",
                    "Sosiaali-, terveys- ja pelastustoimiala", "Social-, hälsovårds- och räddningssektorn",
                    "Social Services, Health Care and Rescue Services Division", LocalDate.of(2023, 1, 1)),
            new Org("child-welfare", OrganisationType.CITY_SERVICE, "social-health-rescue-division", "091", "Lastensuojelu",
                    "Barnskydd", "Child Welfare", null),
            new Org("helsinki-rescue", OrganisationType.RESCUE_DEPARTMENT, "social-health-rescue-division", "091",
                    "Helsingin kaupungin pelastuslaitos", "Helsingfors stads räddningsverk", "Helsinki City Rescue Department", null),
            new Org("urban-environment-division", OrganisationType.CITY_DIVISION, null, "091", "Kaupunkiympäristön toimiala",
                    "Stadsmiljösektorn", "Urban Environment Division", CITY_REFORM),
            new Org("helsinki-police", OrganisationType.POLICE_DEPARTMENT, null, "091", "Helsingin poliisilaitos",
                    "Polisinrättningen i Helsingfors", "Helsinki Police Department", null),
            new Org("helsinki-police-prevention", OrganisationType.POLICE_DEPARTMENT, "helsinki-police", "091",
                    "Ennalta estävä toiminta", null, null, null),
            new Org("eastern-uusimaa-police", OrganisationType.POLICE_DEPARTMENT, null, "092", "Itä-Uudenmaan poliisilaitos",
                    "Polisinrättningen i Östra Nyland", "Eastern Uusimaa Police Department", LocalDate.of(2014, 1, 1)),
            new Org("hsl", OrganisationType.JOINT_AUTHORITY, null, "091", "Helsingin seudun liikenne -kuntayhtymä",
                    "Samkommunen Helsingforsregionens trafik", "Helsinki Regional Transport Authority", null),
            new Org("aseman-lapset", OrganisationType.NGO, null, "091", "Aseman Lapset ry", "Stationsbarnen rf", null, null),
            new Org("red-cross-helsinki-uusimaa", OrganisationType.NGO, null, "091",
                    "Suomen Punainen Risti, Helsingin ja Uudenmaan piiri", "Finlands Röda Kors, Helsingfors och Nylands distrikt",
                    "Finnish Red Cross, Helsinki and Uusimaa District", null),
            new Org("helsinki-parish-union", OrganisationType.PARISH, null, "091", "Helsingin seurakuntayhtymä",
                    "Helsingfors kyrkliga samfällighet", "Helsinki Parish Union", null),
            new Org("helsinki-orthodox-parish", OrganisationType.PARISH, null, "091", "Helsingin ortodoksinen seurakunta",
                    "Helsingfors ortodoxa församling", "Orthodox Parish of Helsinki", null));

    record DemoPerson(String code, String fullName, String title, List<String> organisations, String username) {
        String email() {
            return java.text.Normalizer.normalize(fullName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@esimerkki.example";
        }
    }

    /** Fictional people. The demo accounts' people come first; {@code member} works for an NGO, not for the city or police. */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("demo-admin", "Aila Ylläpitäjä", "Järjestelmän pääkäyttäjä", List.of("city-executive-office"), "admin"),
            new DemoPerson("demo-coordinator", "Sanna Esimerkki", "Turvallisuuskoordinaattori", List.of("safety-unit"), "coordinator"),
            new DemoPerson("demo-police", "Mikko Malli", "Poliisikoordinaattori, komisario",
                    List.of("helsinki-police", "helsinki-police-prevention"), "police"),
            new DemoPerson("demo-analyst", "Anni Aineisto", "Erityisasiantuntija, tilannekuva", List.of("safety-unit"), "analyst"),
            new DemoPerson("demo-member", "Noora Näyte", "Nuorisotyöntekijä", List.of("aseman-lapset"), "member"),
            new DemoPerson("demo-executive", "Erkki Kuvitteellinen", "Hallintojohtaja", List.of("city-executive-office"), "executive"),
            new DemoPerson("demo-mayor", "Matti Meikäläinen", "Pormestari", List.of("city-executive-office"), null),
            new DemoPerson("demo-executive-director", "Maija Meikäläinen", "Kansliapäällikkö", List.of("city-executive-office"), null),
            new DemoPerson("demo-police-chief", "Paula Partio", "Poliisipäällikkö", List.of("helsinki-police"), null),
            new DemoPerson("demo-rescue-commander", "Reetta Pelastaja", "Pelastuskomentaja", List.of("helsinki-rescue"), null),
            new DemoPerson("demo-youth-services", "Terhi Testinen", "Nuorisotyön päällikkö", List.of("youth-services"), "youth"),
            new DemoPerson("demo-child-welfare", "Kalle Kokeilu", "Johtava sosiaalityöntekijä", List.of("child-welfare"), null),
            new DemoPerson("demo-education", "Taina Tuntematon", "Opetuspäällikkö", List.of("education-division"), null),
            new DemoPerson("demo-urban-environment", "Kaisu Katu", "Yleisten alueiden päällikkö", List.of("urban-environment-division"), null),
            new DemoPerson("demo-hsl", "Heikki Hypoteettinen", "Turvallisuuspäällikkö", List.of("hsl"), null),
            new DemoPerson("demo-red-cross", "Sari Sijainen", "Valmiuspäällikkö", List.of("red-cross-helsinki-uusimaa"), null),
            new DemoPerson("demo-parish", "Aapo Arvoitus", "Diakoniajohtaja", List.of("helsinki-parish-union"), null),
            new DemoPerson("demo-police-prevention", "Veera Vartija", "Ylikonstaapeli", List.of("helsinki-police-prevention"), null),
            new DemoPerson("demo-eastern-uusimaa-police", "Iiro Itäinen", "Poliisikoordinaattori", List.of("eastern-uusimaa-police"), null));

    record Seat(String person, String organisation, Position position, LocalDate from, LocalDate to) {
    }

    record DemoBody(String code, BodyType type, String nameFi, String nameSv, String nameEn, String purpose, String municipality,
            String area, String secretariat, List<Seat> seats, List<String> rotation, int termMonths, LocalDate rotationStart) {
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static final List<DemoBody> BODIES = List.of(
            new DemoBody("management-group", BodyType.MANAGEMENT_GROUP, "Paikallisen turvallisuussuunnittelun johtoryhmä",
                    "Ledningsgruppen för den lokala säkerhetsplaneringen", "Management group for local safety planning",
                    "Ohjaa paikallista turvallisuussuunnittelua. Kokoontuu vuosittain: käsittelee turvallisuussuunnittelun tilanteen "
                            + "ja määrittelee painopistealueet. Voi kuulla asiantuntijoita, kuten viranomaisia ja kuntayhtymien johtajia.",
                    "091", null, "safety-unit", List.of(
                            new Seat("demo-mayor", "city-executive-office", Position.CHAIR, date(2023, 1, 1), null),
                            new Seat("demo-executive", "city-executive-office", Position.MEMBER, date(2023, 1, 1), null),
                            new Seat("demo-rescue-commander", "helsinki-rescue", Position.MEMBER, date(2023, 1, 1), null),
                            new Seat("demo-police-chief", "helsinki-police", Position.MEMBER, date(2023, 1, 1), null),
                            new Seat("demo-coordinator", "safety-unit", Position.SECRETARY, date(2023, 1, 1), null)),
                    List.of(), 0, null),
            new DemoBody("expert-group", BodyType.EXPERT_GROUP, "Turvallisuussuunnittelun asiantuntijaryhmä",
                    "Expertgruppen för säkerhetsplanering", "Expert group for safety planning",
                    "Seuraa paikalliseen turvallisuussuunnitteluun liittyviä ilmiöitä ja turvallisuussuunnitelman toimenpiteiden "
                            + "toteutumista, tunnistaa uusia kehittämiskohteita ja tukee tilannekatsausten valmistelua johtoryhmälle.",
                    "091", null, "safety-unit", List.of(
                            new Seat("demo-coordinator", "safety-unit", Position.CHAIR, date(2024, 1, 1), null),
                            new Seat("demo-analyst", "safety-unit", Position.SECRETARY, date(2024, 1, 1), null),
                            new Seat("demo-police", "helsinki-police", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-youth-services", "youth-services", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-child-welfare", "child-welfare", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-education", "education-division", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-urban-environment", "urban-environment-division", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-hsl", "hsl", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-red-cross", "red-cross-helsinki-uusimaa", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-member", "aseman-lapset", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-parish", "helsinki-parish-union", Position.MEMBER, date(2024, 1, 1), null),
                            new Seat("demo-eastern-uusimaa-police", "eastern-uusimaa-police", Position.OBSERVER, date(2024, 1, 1), null)),
                    List.of(), 0, null),
            new DemoBody("city-police-leadership", BodyType.LEADERSHIP_MEETING, "Kaupungin ja poliisilaitoksen johdon tapaaminen",
                    "Möte mellan stadens och polisinrättningens ledning", "City and police leadership meeting",
                    "Kaupungin ja Helsingin poliisilaitoksen johto tapaavat puolen vuoden välein: yhteinen turvallisuustilannekuva, "
                            + "ajankohtaiset ilmiöt (esimerkiksi nuorten jengiytyminen ja huumeiden katukauppa) ja resurssien suuntaaminen.",
                    "091", null, "safety-unit", List.of(
                            new Seat("demo-mayor", "city-executive-office", Position.CHAIR, date(2023, 1, 1), null),
                            new Seat("demo-executive-director", "city-executive-office", Position.MEMBER, date(2023, 1, 1), null),
                            new Seat("demo-police-chief", "helsinki-police", Position.MEMBER, date(2023, 1, 1), null),
                            new Seat("demo-police", "helsinki-police", Position.EXPERT, date(2023, 1, 1), null),
                            new Seat("demo-coordinator", "safety-unit", Position.SECRETARY, date(2023, 1, 1), null)),
                    List.of(), 0, null),
            new DemoBody("east-area-network", BodyType.AREA_NETWORK, "Itäisen suurpiirin turvallisuus- ja hyvinvointiverkosto",
                    "Säkerhets- och välfärdsnätverket i Östra stordistriktet",
                    "Safety and wellbeing network of the Eastern major district",
                    "Monitoimijainen verkosto, joka puuttuu alueen turvallisuus- ja hyvinvointihaasteisiin varhain ja toteuttaa "
                            + "kaupungin turvallisuussuunnitelmaa paikallisesti.",
                    "091", "0917", "safety-unit", List.of(
                            new Seat("demo-coordinator", "safety-unit", Position.CHAIR, date(2025, 1, 1), null),
                            new Seat("demo-police-prevention", "helsinki-police-prevention", Position.MEMBER, date(2025, 1, 1), null),
                            new Seat("demo-member", "aseman-lapset", Position.MEMBER, date(2025, 1, 1), null),
                            new Seat("demo-parish", "helsinki-parish-union", Position.MEMBER, date(2025, 1, 1), null),
                            new Seat("demo-urban-environment", "urban-environment-division", Position.MEMBER, date(2025, 1, 1), null),
                            new Seat("demo-education", "education-division", Position.MEMBER, date(2025, 1, 1), null)),
                    List.of(), 0, null),
            new DemoBody("youth-steering-group", BodyType.STEERING_GROUP, "Lasten ja nuorten moniammatillinen ohjausryhmä", null,
                    "Multi-professional steering group for children and youth",
                    "Koordinoi kaupunkitasoista yhteistyötä nuorten tekemien rikosten ennaltaehkäisemiseksi ja rikoksilla oireilevien "
                            + "lasten ja nuorten tukemiseksi. Puheenjohtajuus vaihtuu yhteistyötä tekevien tahojen kesken; operatiivinen "
                            + "johtaminen on lähiesihenkilöiden vastuulla.",
                    "091", null, "safety-unit", List.of(
                            new Seat("demo-youth-services", "youth-services", Position.CHAIR, date(2024, 5, 1), date(2025, 4, 30)),
                            new Seat("demo-youth-services", "youth-services", Position.MEMBER, date(2025, 5, 1), null),
                            new Seat("demo-police", "helsinki-police", Position.MEMBER, date(2024, 5, 1), date(2025, 4, 30)),
                            new Seat("demo-police", "helsinki-police", Position.CHAIR, date(2025, 5, 1), date(2026, 4, 30)),
                            new Seat("demo-police", "helsinki-police", Position.MEMBER, date(2026, 5, 1), null),
                            new Seat("demo-child-welfare", "child-welfare", Position.MEMBER, date(2024, 5, 1), date(2026, 4, 30)),
                            new Seat("demo-child-welfare", "child-welfare", Position.CHAIR, date(2026, 5, 1), date(2027, 4, 30)),
                            new Seat("demo-child-welfare", "child-welfare", Position.MEMBER, date(2027, 5, 1), null),
                            new Seat("demo-education", "education-division", Position.MEMBER, date(2024, 5, 1), null),
                            new Seat("demo-police-prevention", "helsinki-police-prevention", Position.MEMBER, date(2024, 5, 1), null),
                            new Seat("demo-coordinator", "safety-unit", Position.SECRETARY, date(2024, 5, 1), null)),
                    List.of("youth-services", "helsinki-police", "child-welfare"), 12, date(2024, 5, 1)));

    static final String AGREEMENT_CODE = "youth-cooperation-2024";

    private final DemoMode demoMode;
    private final JdbcClient db;
    private final BodyRepository bodies;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    DemoOrganisations(DemoMode demoMode, JdbcClient db, BodyRepository bodies, Accounts accounts, TransactionTemplate transactions) {
        this.demoMode = demoMode;
        this.db = db;
        this.bodies = bodies;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (demoMode.enabled()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    /**
     * The demo accounts are seeded by the access module at the same moment, in an order Spring does not promise: a
     * person whose account did not exist yet is linked to it once the application has started.
     */
    @EventListener(ApplicationStartedEvent.class)
    void linkLateAccounts() {
        if (demoMode.enabled()) {
            transactions.executeWithoutResult(status -> linkAccounts());
        }
    }

    void seed() {
        db.sql("select pg_advisory_xact_lock(4711030)").query((rs, row) -> 1).list();
        int created = 0;
        for (Org org : ORGANISATIONS) {
            created += db.sql("""
                    insert into organisations.organisation (code, type, parent_id, municipality_code, name_fi, name_sv, name_en,
                        active_from, demo)
                    values (:code, :type, (select id from organisations.organisation where code = :parent), :municipality,
                        :nameFi, :nameSv, :nameEn, :activeFrom, true)
                    on conflict (code) do nothing""")
                    .param("code", org.code()).param("type", org.type().name()).param("parent", org.parent())
                    .param("municipality", org.municipality()).param("nameFi", org.nameFi()).param("nameSv", org.nameSv())
                    .param("nameEn", org.nameEn()).param("activeFrom", org.activeFrom()).update();
        }
        Map<String, Long> organisationIds = ids("organisations.organisation");
        for (DemoPerson person : PEOPLE) {
            int inserted = db.sql("""
                    insert into organisations.person (code, full_name, title, email, demo)
                    values (:code, :fullName, :title, :email, true) on conflict (code) do nothing""")
                    .param("code", person.code()).param("fullName", person.fullName()).param("title", person.title())
                    .param("email", person.email()).update();
            if (inserted > 0) {
                for (String organisation : person.organisations()) {
                    db.sql("""
                            insert into organisations.membership (person_id, organisation_id, valid_from, demo)
                            values ((select id from organisations.person where code = :person), :organisation, :from, true)""")
                            .param("person", person.code()).param("organisation", organisationIds.get(organisation))
                            .param("from", date(2023, 1, 1)).update();
                }
                created++;
            }
        }
        linkAccounts();
        Map<String, Long> personIds = ids("organisations.person");
        for (DemoBody body : BODIES) {
            if (bodies.findByCode(body.code()).isPresent()) {
                continue;
            }
            var members = body.seats().stream().map(seat -> new MemberDraft(null, personIds.get(seat.person()), seat.person(),
                    organisationIds.get(seat.organisation()), seat.position(), seat.from(), seat.to())).toList();
            var rotation = body.rotation().isEmpty() ? null : new ChairRotation(
                    body.rotation().stream().map(organisationIds::get).toList(), body.termMonths(), body.rotationStart());
            var draft = new BodyDraft(body.code(), body.type(), body.nameFi(), body.nameSv(), body.nameEn(), body.purpose(),
                    body.municipality(), body.area(), organisationIds.get(body.secretariat()), members, rotation);
            long id = bodies.insert(body.code(), draft, true);
            for (MemberDraft member : members) {
                bodies.insertMember(id, member, true);
            }
            bodies.replaceRotation(id, rotation);
            created++;
        }
        if (bodies.findAgreementByCode(AGREEMENT_CODE).isEmpty()) {
            seedAgreement(organisationIds, personIds);
            created++;
        }
        if (created > 0) {
            log.info("Demo mode: created {} demo organisations, people, bodies and agreements", created);
        }
    }

    /** Helsinki and its police department's 2024 agreement on children and youth (decision HEL 2024-004632 § 51). */
    private void seedAgreement(Map<String, Long> organisationIds, Map<String, Long> personIds) {
        long id = db.sql("""
                insert into organisations.agreement (code, title_fi, title_sv, title_en, decision_reference, goals, valid_from,
                    valid_to, steering_body_id, demo)
                values (:code, :titleFi, null, :titleEn, :decision, :goals, :validFrom, null,
                    (select id from organisations.body where code = 'youth-steering-group'), true)
                returning id""")
                .param("code", AGREEMENT_CODE)
                .param("titleFi", "Yhteistyöasiakirja operatiivisen tason monitoimijaisesta yhteistyöstä lasten ja nuorten "
                        + "hyvinvoinnin lisäämiseksi ja rikosten vähentämiseksi")
                .param("titleEn", "Cooperation agreement on operational multi-agency cooperation to increase the wellbeing of "
                        + "children and young people and to reduce crime")
                .param("decision", "HEL 2024-004632 § 51")
                .param("goals", "Ennaltaehkäistä nuorten tekemiä rikoksia ja tukea rikoksia tekeviä ja häiriökäyttäytymisellä "
                        + "oireilevia lapsia ja nuoria. Määritellä Helsingin kaupungin toimialojen ja Helsingin poliisin eri "
                        + "toimintojen yhteiset tavoitteet ja tehtävä yhteistyö. Sovittaa toimintoja yhteen organisaatiorajat "
                        + "ylittäen ja tukea lasten ja nuorten parissa tehtävän työn pysyvyyttä organisaatioiden rakenteissa.")
                // the day the decision was published; the agreement is in force until further notice
                .param("validFrom", date(2024, 4, 17))
                .query(Long.class).single();
        for (String party : List.of("city-executive-office", "helsinki-police")) {
            db.sql("insert into organisations.agreement_party (agreement_id, organisation_id) values (:id, :organisation)")
                    .param("id", id).param("organisation", organisationIds.get(party)).update();
        }
        // the real signatories are replaced by fictional demo people in the same offices
        for (var signatory : Map.of("demo-executive-director", "city-executive-office", "demo-police-chief", "helsinki-police").entrySet()) {
            db.sql("""
                    insert into organisations.agreement_signatory (agreement_id, person_id, organisation_id)
                    values (:id, :person, :organisation)""")
                    .param("id", id).param("person", personIds.get(signatory.getKey()))
                    .param("organisation", organisationIds.get(signatory.getValue())).update();
        }
    }

    /** Links each demo account's person to the account, once both exist. */
    void linkAccounts() {
        for (DemoPerson person : PEOPLE) {
            if (person.username() == null) {
                continue;
            }
            accounts.findUserId(person.username()).ifPresent(userId -> db.sql("""
                    update organisations.person set user_id = :userId
                    where code = :code and demo and user_id is null
                      and not exists (select 1 from organisations.person other where other.user_id = :userId)""")
                    .param("userId", userId).param("code", person.code()).update());
        }
    }

    private Map<String, Long> ids(String table) {
        var ids = new java.util.HashMap<String, Long>();
        db.sql("select code, id from " + table + " where code is not null")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }
}
