package fi.turvaverkko.plans.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fi.turvaverkko.access.Classification;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.organisations.Body;
import fi.turvaverkko.organisations.Organisation;
import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.plans.ActionState;
import fi.turvaverkko.plans.Cadence;
import fi.turvaverkko.plans.Direction;
import fi.turvaverkko.plans.IndicatorSource;
import fi.turvaverkko.plans.PlanLevel;
import fi.turvaverkko.plans.PlanState;
import fi.turvaverkko.plans.ReportingPeriod;
import fi.turvaverkko.plans.Views.IndicatorView;
import fi.turvaverkko.platform.DemoMode;

/**
 * Demo plans (demo mode only, marked {@code demo}): the city safety plan 2025–2028 in force with four focus areas, 20
 * actions of various organisations with progress reports up to some quarter (so that some are on time and some overdue,
 * relative to the day the demo is seeded), milestones, indicators entered by hand and counted from the signals; and a
 * draft area plan for the eastern major district. The content is invented for the demo; the organisations are real.
 */
@Component
class DemoPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final String BY = "demo";

    private final DemoMode demoMode;
    private final PlanRepository plans;
    private final Organisations organisations;
    private final Areas areas;
    private final JdbcClient db;
    private final TransactionTemplate transactions;

    DemoPlans(DemoMode demoMode, PlanRepository plans, Organisations organisations, Areas areas, JdbcClient db, TransactionTemplate transactions) {
        this.demoMode = demoMode;
        this.plans = plans;
        this.organisations = organisations;
        this.areas = areas;
        this.db = db;
        this.transactions = transactions;
    }

    record DemoAction(int focusArea, String title, String titleSv, String titleEn, String description, String responsible,
            List<String> partners, List<String> areas, LocalDate startsOn, LocalDate endsOn, ActionState state, int progress,
            Classification classification, int quartersBehind, Integer budgetYear) {
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static final String CITY_PLAN = "Helsingin turvallisuussuunnitelma 2025–2028";

    /** quartersBehind: 1 = reported up to the last ended quarter (on time), 2 = one quarter missing (overdue), -1 = never. */
    static final List<DemoAction> ACTIONS = List.of(
            new DemoAction(0, "Liikkuva nuorisotyö iltaisin ja viikonloppuisin", "Mobilt ungdomsarbete kvällar och veckoslut",
                    "Mobile youth work in the evenings and at weekends",
                    "Jalkautuvat nuorisotyöntekijät kohtaavat nuoria siellä, missä nuoret ovat: kauppakeskuksissa, asemilla ja puistoissa.",
                    "youth-services", List.of("aseman-lapset", "helsinki-police-prevention"), List.of(), d(2025, 1, 1), d(2028, 12, 31),
                    ActionState.ONGOING, 45, Classification.PUBLIC, 2, 2026),
            new DemoAction(0, "Ohjaamo-palvelujen laajentaminen itäiseen Helsinkiin", "Ohjaamo-tjänster utvidgas till östra Helsingfors",
                    "Extending Ohjaamo guidance services to eastern Helsinki", "Matalan kynnyksen ohjausta alle 30-vuotiaille opiskeluun ja työhön.",
                    "youth-services", List.of("education-division"), List.of("0917"), d(2025, 3, 1), d(2026, 12, 31),
                    ActionState.ONGOING, 70, Classification.PUBLIC, 1, 2025),
            new DemoAction(0, "Ankkuritoiminnan moniammatillinen malli alle 18-vuotiaille", "Ankarverksamhetens multiprofessionella modell",
                    "Multi-professional Ankkuri model for under-18s", "Poliisin, sosiaalityön, nuorisotyön ja terveydenhuollon yhteinen varhainen puuttuminen.",
                    "helsinki-police-prevention", List.of("child-welfare", "youth-services"), List.of(), d(2025, 1, 1), d(2027, 12, 31),
                    ActionState.ONGOING, 50, Classification.INTERNAL, 1, 2025),
            new DemoAction(0, "Koulujen turvallisuusverkostot ja koulupoliisit", null, null,
                    "Jokaisella yläkoululla nimetty yhteyspoliisi ja turvallisuustiimi.", "education-division",
                    List.of("helsinki-police-prevention"), List.of(), d(2025, 8, 1), d(2027, 6, 30),
                    ActionState.DELAYED, 20, Classification.INTERNAL, 2, 2026),
            new DemoAction(0, "Harrastamisen Helsingin malli kaikille peruskoululaisille", "Helsingforsmodellen för hobbyer", "The Helsinki model for hobbies",
                    "Maksuton harrastus koulupäivän yhteydessä.", "culture-leisure-division", List.of("education-division"), List.of(),
                    d(2025, 1, 1), d(2026, 6, 30), ActionState.COMPLETED, 100, Classification.PUBLIC, 1, 2025),
            new DemoAction(0, "Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä", null, null,
                    "Poliisin ja lastensuojelun luottamuksellinen tilannekuvatyö jengiytymisen uhkaamista nuorista.", "helsinki-police",
                    List.of("child-welfare"), List.of(), d(2025, 4, 1), d(2027, 3, 31), ActionState.ONGOING, 35, Classification.RESTRICTED, 1, 2025),
            new DemoAction(1, "Katukaupan valvonnan tehostaminen Kalliossa", "Effektiverad övervakning av gatuhandeln i Berghäll",
                    "More policing of street drug dealing in Kallio", "Näkyvä valvonta ja yhteistyö kiinteistöjen kanssa katukaupan paikoilla.",
                    "helsinki-police", List.of("urban-environment-division"), List.of("0913301"), d(2025, 9, 1), d(2027, 8, 31),
                    ActionState.ONGOING, 40, Classification.PUBLIC, 1, 2025),
            new DemoAction(1, "Päihdetyön jalkautuva palvelu asemien ympäristöissä", "Uppsökande missbruksarbete kring stationerna",
                    "Outreach substance-abuse work around stations", "Terveysneuvontaa ja palveluohjausta päihteitä käyttäville.",
                    "social-health-rescue-division", List.of("aseman-lapset", "hsl"), List.of(), d(2025, 1, 1), d(2028, 12, 31),
                    ActionState.ONGOING, 30, Classification.PUBLIC, 2, 2026),
            new DemoAction(1, "Valaistuksen ja näkyvyyden parantaminen katukaupan paikoilla", "Bättre belysning på platser med gatuhandel",
                    "Better lighting where drugs are sold on the street", "Pensaiden karsinta, valaistus ja kameravalvonnan tarve.",
                    "urban-environment-division", List.of("helsinki-police"), List.of("0913301"), d(2026, 1, 1), d(2026, 12, 31),
                    ActionState.ONGOING, 60, Classification.PUBLIC, 1, 2026),
            new DemoAction(1, "Nuorten päihdekokeilujen ehkäisy kouluissa", null, null, "Päihdekasvatus ja vanhempainillat yläkouluissa.",
                    "education-division", List.of("youth-services"), List.of(), d(2026, 1, 1), d(2027, 12, 31),
                    ActionState.PLANNED, 0, Classification.INTERNAL, -1, 2027),
            new DemoAction(2, "Turvallisuuskävelyt asukkaiden kanssa", "Trygghetsvandringar med invånarna", "Safety walks with residents",
                    "Asukkaat, poliisi ja kaupunki kulkevat alueen läpi ja kirjaavat turvattomuutta aiheuttavat paikat.", "safety-unit",
                    List.of("helsinki-police-prevention", "helsinki-parish-union"), List.of("0917", "0913"), d(2025, 4, 1), d(2027, 10, 31),
                    ActionState.ONGOING, 55, Classification.PUBLIC, 1, 2025),
            new DemoAction(2, "Henkilöstöön kohdistuvan väkivallan ehkäisy asiakaspalvelussa", null, null,
                    "Uhkatilanteiden ilmoituskäytäntö, koulutus ja turvallisuusjärjestelyt palvelupisteissä.", "city-executive-office",
                    List.of("social-health-rescue-division"), List.of(), d(2025, 6, 1), d(2026, 12, 31), ActionState.ONGOING, 65,
                    Classification.INTERNAL, 1, 2025),
            new DemoAction(2, "Ravintola-alueiden yöaikainen yhteistyö", "Nattligt samarbete i restaurangområden", "Night-time cooperation in restaurant areas",
                    "Järjestyksenvalvojat, poliisi ja ravintolat sopivat yhteisistä toimintatavoista.", "helsinki-police",
                    List.of("safety-unit"), List.of("0913"), d(2025, 5, 1), d(2026, 10, 31), ActionState.ONGOING, 80, Classification.PUBLIC, 2, 2025),
            new DemoAction(2, "Väkivaltaisen radikalisoitumisen ennaltaehkäisyn verkosto", null, null,
                    "Exit-työ ja huoli-ilmoitusten käsittely moniammatillisesti.", "safety-unit", List.of("helsinki-police", "youth-services"),
                    List.of(), d(2025, 1, 1), d(2028, 12, 31), ActionState.ONGOING, 40, Classification.INTERNAL, 1, 2025),
            new DemoAction(2, "Kriisiapu ja SPR:n valmiusryhmät suuronnettomuuksissa", "Krishjälp och FRK:s beredskapsgrupper",
                    "Crisis help and Red Cross readiness groups", "Yhteinen harjoitus vuosittain.", "red-cross-helsinki-uusimaa",
                    List.of("helsinki-rescue"), List.of(), d(2025, 1, 1), d(2028, 12, 31), ActionState.ONGOING, 50, Classification.PUBLIC, 1, 2025),
            new DemoAction(3, "Koulureittien liikenneturvallisuuskartoitus", "Trafiksäkerheten på skolvägar", "Traffic safety of school routes",
                    "Vaaralliset risteykset korjataan koulujen ja vanhempien ilmoitusten perusteella.", "urban-environment-division",
                    List.of("education-division"), List.of(), d(2025, 8, 1), d(2027, 5, 31), ActionState.ONGOING, 50, Classification.PUBLIC, 1, 2025),
            new DemoAction(3, "Kaatumistapaturmien ehkäisy ikääntyneillä", "Förebyggande av fallolyckor bland äldre", "Preventing falls among older people",
                    "Kotikäyntien turvallisuustarkistukset ja liukkauden torjunta.", "social-health-rescue-division",
                    List.of("urban-environment-division"), List.of(), d(2025, 10, 1), d(2028, 3, 31), ActionState.ONGOING, 25,
                    Classification.PUBLIC, 1, 2025),
            new DemoAction(3, "Asuntopalojen ehkäisy riskiryhmillä", "Förebyggande av bostadsbränder", "Preventing home fires in risk groups",
                    "Palovaroittimet ja turvallisuusneuvonta yhdessä kotihoidon kanssa.", "helsinki-rescue", List.of("social-health-rescue-division"),
                    List.of(), d(2025, 1, 1), d(2026, 12, 31), ActionState.ONGOING, 75, Classification.PUBLIC, 1, 2025),
            new DemoAction(3, "Joukkoliikenteen asemien turvallisuus", "Trygghet på kollektivtrafikens stationer", "Safety at public transport stations",
                    "Järjestyksenvalvonta, kamerat ja asemien valaistus.", "hsl", List.of("helsinki-police", "aseman-lapset"), List.of(),
                    d(2025, 2, 1), d(2027, 12, 31), ActionState.ONGOING, 35, Classification.PUBLIC, 2, 2026),
            new DemoAction(3, "Sähköpotkulautojen pysäköinti ja nopeusrajoitukset", null, null,
                    "Yöajan käyttörajoitukset ja pysäköintialueet ydinkeskustassa.", "urban-environment-division", List.of("helsinki-police"),
                    List.of("0913"), d(2025, 5, 1), d(2025, 12, 31), ActionState.CANCELLED, 30, Classification.INTERNAL, 1, 2025));

    @EventListener(ApplicationStartedEvent.class)
    void seedOnStart() {
        if (!demoMode.enabled()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> seed(LocalDate.now(SafetyPlanning.HELSINKI)));
        } catch (RuntimeException e) {
            log.error("Demo mode: could not write the demo plans", e);
        }
    }

    void seed(LocalDate today) {
        db.sql("select pg_advisory_xact_lock(4711070)").query((rs, row) -> 1).list();
        if (db.sql("select count(*) from plans.plan where demo").query(Long.class).single() > 0) {
            return;
        }
        Map<String, Organisation> orgs = organisations.organisationsByCode();
        Map<String, Body> bodies = organisations.bodiesByCode();
        Long safetyUnit = id(orgs, "safety-unit");
        Body management = bodies.get("management-group");
        long planId = plans.insertPlan(new PlanRepository.PlanRow(PlanLevel.CITY, "091", null, CITY_PLAN,
                "Helsingfors säkerhetsplan 2025–2028", "Helsinki Safety Plan 2025–2028",
                "Kaupungin ja poliisin yhteinen turvallisuussuunnitelma. Painopisteet valittiin tilannekuvan ja asukaskyselyn perusteella. "
                        + "(Demoaineisto: sisältö on keksitty.)",
                d(2025, 1, 1), d(2028, 12, 31), management == null ? null : management.id(), Cadence.QUARTER,
                List.of("Valtioneuvoston selonteko sisäisestä turvallisuudesta: arjen turvallisuus ja turvallisuuden tunne",
                        "Kansallinen väkivaltaisen radikalisoitumisen ja ääriliikkeiden ennalta ehkäisyn toimenpideohjelma",
                        "Lapsi- ja nuorisopolitiikan kehittämisohjelma: nuorten osallisuus ja syrjäytymisen ehkäisy"),
                Classification.PUBLIC, safetyUnit, true), BY);
        plans.changePlanState(planId, PlanState.APPROVED, "Turvallisuussuunnittelun johtoryhmä 12.3.2025 § 4");
        plans.changePlanState(planId, PlanState.IN_FORCE, null);

        record Focus(String title, String sv, String en, String rationale, Set<String> phenomena) {
        }
        List<Focus> focus = List.of(
                new Focus("Nuorten syrjäytymisen ja jengiytymisen ehkäisy", "Förebyggande av marginalisering och gängbildning bland unga",
                        "Preventing marginalisation and gang formation among young people",
                        "Nuorten jengiytymistä ja väkivaltaista käytöstä koskevat signaalit ovat lisääntyneet itäisessä ja keskisessä "
                                + "Helsingissä; nuorten turvallisuuden tunne on laskenut kouluterveyskyselyssä.",
                        Set.of("youth-gangs", "youth-marginalisation")),
                new Focus("Huumausaineiden katukaupan ja päihdehäiriöiden vähentäminen", "Mindre narkotikahandel på gatan och färre rusmedelsstörningar",
                        "Less street drug dealing and fewer intoxicant-related disturbances",
                        "Katukauppa keskittyy Kallioon ja asemien ympäristöihin; asukkaat kokevat alueet turvattomiksi iltaisin.",
                        Set.of("street-drug-dealing", "intoxicant-disturbance")),
                new Focus("Väkivallan ja uhkien ehkäisy julkisissa tiloissa", "Förebyggande av våld och hot på allmänna platser",
                        "Preventing violence and threats in public places",
                        "Väkivalta julkisilla paikoilla ja henkilöstöön kohdistuvat uhat ovat asukkaiden ja henkilöstön suurin huoli.",
                        Set.of("public-violence", "staff-violence", "robbery", "radicalisation")),
                new Focus("Liikenneturvallisuus ja tapaturmat", "Trafiksäkerhet och olycksfall", "Traffic safety and accidents",
                        "Kaatumistapaturmat ja koulureittien vaaranpaikat nousevat esiin asukaspalautteessa.",
                        Set.of("traffic-safety", "accidents-and-injuries", "fire-safety")));
        long[] focusIds = new long[focus.size()];
        for (int i = 0; i < focus.size(); i++) {
            Focus f = focus.get(i);
            focusIds[i] = plans.insertFocusArea(planId, f.title(), f.sv(), f.en(), f.rationale(), Classification.PUBLIC, safetyUnit, BY);
            plans.replaceEvidence(focusIds[i], f.phenomena(), Set.of());
        }
        Cadence cadence = Cadence.QUARTER;
        ReportingPeriod lastEnded = cadence.periodOf(today).previous();
        long firstActionId = 0;
        for (DemoAction a : ACTIONS) {
            Long owner = id(orgs, a.responsible());
            if (owner == null) {
                continue;
            }
            Set<String> scope = new LinkedHashSet<>();
            a.areas().stream().filter(code -> areas.findArea(code).isPresent()).forEach(scope::add);
            long id = plans.insertAction(new PlanRepository.ActionRow(planId, focusIds[a.focusArea()], a.title(), a.titleSv(), a.titleEn(),
                    a.description() + " (Demoaineisto.)", owner, scope.isEmpty(), a.startsOn(), a.endsOn(), a.state(), a.progress(),
                    a.budgetYear(), a.classification(), true), BY);
            if (firstActionId == 0) {
                firstActionId = id;
            }
            Set<Long> partners = new LinkedHashSet<>();
            a.partners().stream().map(code -> id(orgs, code)).filter(x -> x != null && !x.equals(owner)).forEach(partners::add);
            plans.replacePartnersAndAreas(id, partners, scope);
            if (a.classification() == Classification.RESTRICTED && safetyUnit != null) {
                plans.replaceShares("action_share", "action_id", id, Set.of(safetyUnit), Set.of());
            }
            plans.insertHistory(id, ActionState.PLANNED, 0, BY, null);
            if (a.quartersBehind() > 0) {
                ReportingPeriod until = lastEnded;
                for (int k = 1; k < a.quartersBehind(); k++) {
                    until = until.previous();
                }
                if (until.end().isAfter(a.endsOn())) {
                    until = cadence.periodOf(a.endsOn());
                }
                int reports = 0;
                for (ReportingPeriod p = cadence.periodOf(a.startsOn()); !p.start().isAfter(until.start()); p = p.next()) {
                    reports++;
                }
                int n = 0;
                for (ReportingPeriod p = cadence.periodOf(a.startsOn()); !p.start().isAfter(until.start()); p = p.next()) {
                    n++;
                    boolean last = n == reports;
                    int progress = last ? a.progress() : Math.max(0, a.progress() * n / Math.max(1, reports));
                    ActionState state = last ? a.state() : ActionState.ONGOING;
                    if (state == ActionState.COMPLETED) {
                        progress = 100;
                    }
                    long report = plans.insertReport(id, p, state, progress, narrative(a, n, last), last ? nextSteps(a) : null,
                            owner, BY, "Demoraportoija");
                    plans.insertHistory(id, state, progress, BY, report);
                }
            }
            if (a.focusArea() == 0 && a.responsible().equals("youth-services")) {
                plans.insertMilestone(id, "Toimintamalli kuvattu ja resurssit sovittu", a.startsOn().plusMonths(4));
                plans.insertMilestone(id, "Väliarviointi johtoryhmälle", today.plusMonths(2).withDayOfMonth(1));
            }
        }
        // the demo reports were written near the end of each period, not all at the moment of seeding
        db.sql("""
                update plans.progress_report r set reported_at = least(r.period_end + 9 + cast(r.id % 5 as integer), cast(:today as date)) + time '10:30'
                 where r.action_id in (select id from plans.action where demo)""")
                .param("today", java.sql.Date.valueOf(today.minusDays(1))).update();
        db.sql("""
                update plans.action_history h set changed_at = r.reported_at from plans.progress_report r
                 where h.report_id = r.id and h.action_id in (select id from plans.action where demo)""").update();
        db.sql("""
                update plans.action_history h set changed_at = a.starts_on - 30 + time '09:00' from plans.action a
                 where h.action_id = a.id and a.demo and h.report_id is null""").update();
        db.sql("update plans.milestone m set done_on = due_on + 3 where due_on < :today and m.action_id in (select id from plans.action where demo)")
                .param("today", java.sql.Date.valueOf(today.minusMonths(6))).update();

        // indicators: one entered by hand for the plan, one counted from the signals per focus area
        long manual = plans.insertIndicator(new IndicatorView(0, planId, focusIds[0], null, "Nuoret, jotka kokevat asuinalueensa turvalliseksi",
                "Unga som upplever sitt bostadsområde som tryggt", "Young people who feel safe in their neighbourhood", "%", Direction.HIGHER,
                new BigDecimal("72"), d(2023, 12, 31), new BigDecimal("80"), d(2028, 12, 31), IndicatorSource.MANUAL, List.of(), null, null), BY);
        plans.upsertValue(manual, d(2023, 1, 1), d(2023, 12, 31), new BigDecimal("72"), "Kouluterveyskysely 2023 (demo)", BY);
        plans.upsertValue(manual, d(2025, 1, 1), d(2025, 12, 31), new BigDecimal("74"), "Kouluterveyskysely 2025 (demo)", BY);
        plans.insertIndicator(new IndicatorView(0, planId, focusIds[1], null, "Katukauppasignaalit Kalliossa neljännesvuosittain",
                "Signaler om gatuhandel i Berghäll per kvartal", "Street drug dealing signals in Kallio per quarter", "signaalia",
                Direction.LOWER, null, d(2024, 1, 1), null, d(2028, 12, 31), IndicatorSource.SIGNALS, List.of("street-drug-dealing"),
                areas.findArea("0913301").isPresent() ? "0913301" : null, Cadence.QUARTER), BY);
        plans.insertIndicator(new IndicatorView(0, planId, focusIds[0], null, "Nuorten jengiytymissignaalit koko kaupungissa",
                "Signaler om gängbildning bland unga i hela staden", "Youth gang signals city-wide", "signaalia", Direction.LOWER,
                null, d(2024, 1, 1), null, d(2028, 12, 31), IndicatorSource.SIGNALS, List.of("youth-gangs"), null, Cadence.QUARTER), BY);
        plans.insertIndicator(new IndicatorView(0, planId, focusIds[3], null, "Liikenneturvallisuussignaalit kuukausittain",
                "Signaler om trafiksäkerhet per månad", "Traffic safety signals per month", "signaalia", Direction.LOWER, null,
                d(2025, 1, 1), null, d(2028, 12, 31), IndicatorSource.SIGNALS, List.of("traffic-safety"), null, Cadence.MONTH), BY);
        if (firstActionId != 0) {
            long actionIndicator = plans.insertIndicator(new IndicatorView(0, planId, focusIds[0], firstActionId, "Kohdatut nuoret",
                    "Unga som mötts", "Young people met", "nuorta / neljännes", Direction.HIGHER, new BigDecimal("1200"), d(2024, 12, 31),
                    new BigDecimal("2000"), d(2028, 12, 31), IndicatorSource.MANUAL, List.of(), null, null), BY);
            int n = 0;
            for (ReportingPeriod p = cadence.periodOf(d(2025, 1, 1)); p.end().isBefore(today); p = p.next()) {
                plans.upsertValue(actionIndicator, p.start(), p.end(), BigDecimal.valueOf(1200 + 60L * n++ + (n % 3) * 40L), null, BY);
            }
        }

        // an area plan in preparation
        if (areas.findArea("0917").isPresent()) {
            long areaPlan = plans.insertPlan(new PlanRepository.PlanRow(PlanLevel.AREA, "091", "0917",
                    "Itäisen suurpiirin turvallisuus- ja hyvinvointisuunnitelma 2026–2027", "Säkerhets- och välfärdsplan för östra stordistriktet",
                    null, "Alueellisen turvallisuus- ja hyvinvointiverkoston luonnos. (Demoaineisto.)", d(2026, 1, 1), d(2027, 12, 31), null,
                    Cadence.HALF_YEAR, List.of(), Classification.INTERNAL, safetyUnit, true), BY);
            plans.insertFocusArea(areaPlan, "Kauppakeskusten ja asemien ympäristöjen turvallisuus", null, null,
                    "Alueverkoston kokouksissa toistuva huoli.", Classification.INTERNAL, safetyUnit, BY);
        }
        log.info("Demo mode: wrote the demo plans (city safety plan {} with {} actions)", planId, ACTIONS.size());
    }

    private static String narrative(DemoAction a, int n, boolean last) {
        if (!last) {
            return "Toiminta eteni suunnitellusti neljänneksellä " + n + ". (Demoraportti.)";
        }
        return switch (a.state()) {
            case DELAYED -> "Rekrytoinnit ovat viivästyneet, eikä kaikilla kouluilla ole vielä nimettyä yhteyshenkilöä. (Demoraportti.)";
            case COMPLETED -> "Toimenpide on toteutettu ja siirtynyt osaksi perustoimintaa. (Demoraportti.)";
            case CANCELLED -> "Toimenpide peruttiin, koska kansallinen sääntely muuttui. (Demoraportti.)";
            default -> "Toiminta on vakiintunut; yhteistyö kumppanien kanssa toimii. (Demoraportti.)";
        };
    }

    private static String nextSteps(DemoAction a) {
        return a.state().closed() ? null : "Seuraavalla neljänneksellä arvioidaan toimintaa yhdessä kumppanien kanssa.";
    }

    private static Long id(Map<String, Organisation> orgs, String code) {
        Organisation organisation = orgs.get(code);
        return organisation == null ? null : organisation.id();
    }
}
