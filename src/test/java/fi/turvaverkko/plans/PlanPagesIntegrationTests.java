package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import fi.turvaverkko.plans.Views.EscalationReason;
import fi.turvaverkko.plans.Views.Standing;
import fi.turvaverkko.support.IntegrationTest;

/**
 * The plan pages against the demo plans: who gets which page, the filters of the action table without script, and
 * refused forms (progress above 100 %, no responsible organisation, an end before the start, a report on a cancelled
 * action, approving without a decision) that come back in Finnish with what was typed, and save nothing.
 */
class PlanPagesIntegrationTests extends IntegrationTest {

    static final String YOUTH_ACTION = "Liikkuva nuorisotyö iltaisin ja viikonloppuisin";
    static final String CANCELLED_ACTION = "Sähköpotkulautojen pysäköinti ja nopeusrajoitukset";
    static final String RESTRICTED_ACTION = "Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä";
    static final String DELAYED_ACTION = "Koulujen turvallisuusverkostot ja koulupoliisit";

    final Map<String, String> sessions = new LinkedHashMap<>();

    String session(String user) {
        return sessions.computeIfAbsent(user, u -> signIn(u, "demo"));
    }

    HttpResponse<String> page(String user, String path) {
        return get(path, "Cookie", session(user));
    }

    /** Posts a form as the browser does: with the CSRF token of a page the user opened. */
    HttpResponse<String> postForm(String user, String pageWithForm, String path, Map<String, List<String>> fields) {
        var opened = page(user, pageWithForm);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(opened.body());
        assertThat(token.find()).as("a form with a CSRF token on " + pageWithForm).isTrue();
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        fields.forEach((name, values) -> values.forEach(v -> pairs.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", session(user))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
    }

    static Map<String, List<String>> form(String... nameValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return fields;
    }

    long cityPlan() {
        return db.sql("select id from plans.plan where demo and level = 'CITY' order by id limit 1").query(Long.class).single();
    }

    long areaPlan() {
        return db.sql("select id from plans.plan where demo and level = 'AREA' order by id limit 1").query(Long.class).single();
    }

    long action(String title) {
        return db.sql("select id from plans.action where demo and title = :title").param("title", title).query(Long.class).single();
    }

    long focusAreaOf(long actionId) {
        return db.sql("select focus_area_id from plans.action where id = :id").param("id", actionId).query(Long.class).single();
    }

    long reports(long actionId) {
        return db.sql("select count(*) from plans.progress_report where action_id = :id").param("id", actionId).query(Long.class).single();
    }

    long actionsTitled(String title) {
        return db.sql("select count(*) from plans.action where title = :title").param("title", title).query(Long.class).single();
    }

    static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }

    @Test
    void signedInReadersGetThePagesAndOnlyCoordinatorsTheForms() {
        long plan = cityPlan();
        long youthAction = action(YOUTH_ACTION);
        long indicator = db.sql("select id from plans.indicator where plan_id = :plan order by id limit 1").param("plan", plan)
                .query(Long.class).single();
        for (String path : List.of("/plans", "/plans/" + plan, "/actions/" + youthAction, "/plans/reports-due",
                "/plans/" + plan + "/escalations", "/indicators/" + indicator, "/plans/new", "/plans/" + plan + "/edit",
                "/plans/" + plan + "/focus-areas/new", "/plans/" + plan + "/actions/new", "/plans/" + plan + "/indicators/new",
                "/actions/" + youthAction + "/edit")) {
            assertThat(page("coordinator", path).statusCode()).as("coordinator " + path).isEqualTo(200);
        }
        for (String path : List.of("/plans", "/plans/" + plan, "/actions/" + youthAction, "/plans/reports-due",
                "/plans/" + plan + "/escalations", "/indicators/" + indicator)) {
            assertThat(page("youth", path).statusCode()).as("youth " + path).isEqualTo(200);
            assertThat(page("member", path).statusCode()).as("member " + path).isEqualTo(200);
        }
        for (String path : List.of("/plans/new", "/plans/" + plan + "/edit", "/plans/" + plan + "/actions/new",
                "/plans/" + plan + "/indicators/new", "/actions/" + youthAction + "/edit")) {
            assertThat(page("youth", path).statusCode()).as("youth " + path).isEqualTo(403);
        }
        // nobody signed in: to the sign-in page
        assertThat(get("/plans/" + plan).statusCode()).isEqualTo(302);

        var list = text(page("youth", "/plans"));
        assertThat(list).contains("Helsingin turvallisuussuunnitelma 2025–2028", "Kaupungin turvallisuussuunnitelma", "Voimassa", "Julkinen")
                .doesNotContain("Uusi suunnitelma");
        assertThat(text(page("coordinator", "/plans"))).contains("Uusi suunnitelma");

        var planPage = text(page("youth", "/plans/" + plan));
        assertThat(planPage).contains("Nuorten syrjäytymisen ja jengiytymisen ehkäisy", YOUTH_ACTION, "Nuorisopalvelut",
                "Turvallisuussuunnittelun johtoryhmä 12.3.2025 § 4", "Neljännesvuosittain", "Raportti myöhässä",
                "Katukauppasignaalit Kalliossa neljännesvuosittain", "<svg", "Nuorten jengiytyminen ja väkivaltainen käytös")
                .doesNotContain("Koordinaattorin työkalut", RESTRICTED_ACTION);
        assertThat(text(page("police", "/plans/" + plan))).contains(RESTRICTED_ACTION);
        assertThat(text(page("coordinator", "/plans/" + plan))).contains("Koordinaattorin työkalut", "Muuta suunnitelman tilaa");

        // the restricted action is not there for those it is not shared with
        long restricted = action(RESTRICTED_ACTION);
        assertThat(page("youth", "/actions/" + restricted).statusCode()).isEqualTo(404);
        assertThat(page("police", "/actions/" + restricted).statusCode()).isEqualTo(200);

        // the progress form for the responsible organisation and the partners, not for others
        assertThat(text(page("youth", "/actions/" + youthAction))).contains("Raportoi eteneminen", "Lähetä raportti", "Kommentoi raporttia");
        assertThat(text(page("member", "/actions/" + youthAction))).contains("Raportoi eteneminen", "Kommentoi raporttia");
        var analyst = text(page("analyst", "/actions/" + youthAction));
        assertThat(analyst).doesNotContain("Lähetä raportti", "Kommentoi raporttia")
                .contains("Etenemisestä raportoivat vastuuorganisaation ja kumppaniorganisaatioiden jäsenet sekä koordinaattorit.");
        assertThat(analyst).contains("/actions/" + youthAction + "/evidence");
    }

    @Test
    void theActionTableIsFilteredWithoutScript() {
        long plan = cityPlan();
        var delayed = text(page("coordinator", "/plans/" + plan + "?state=DELAYED"));
        assertThat(delayed).contains(DELAYED_ACTION).doesNotContain(">" + YOUTH_ACTION + "<").contains("Näytetään 1/");

        long youth = db.sql("select id from organisations.organisation where code = 'youth-services'").query(Long.class).single();
        var ofYouth = text(page("coordinator", "/plans/" + plan + "?organisation=" + youth));
        assertThat(ofYouth).contains(">" + YOUTH_ACTION + "<", "Ankkuritoiminnan moniammatillinen malli").doesNotContain(">" + DELAYED_ACTION + "<");

        var overdue = text(page("coordinator", "/plans/" + plan + "?overdue=true"));
        assertThat(overdue).contains(">" + YOUTH_ACTION + "<").doesNotContain(">Harrastamisen Helsingin malli kaikille peruskoululaisille<");
    }

    @Test
    void progressAboveAHundredIsRefusedInFinnishBesideTheFieldAndNothingIsSaved() {
        long action = action(YOUTH_ACTION);
        long before = reports(action);
        String narrative = "Kohtasimme nuoria Itäkeskuksessa " + UUID.randomUUID();
        var refused = postForm("youth", "/actions/" + action, "/actions/" + action + "/progress",
                form("period", "2025-Q1", "state", "ONGOING", "progress", "150", "narrative", narrative, "nextSteps", "Jatketaan"));
        assertThat(refused.statusCode()).isEqualTo(400);
        String body = text(refused);
        assertThat(body).contains("id=\"progress-error\"", "Etenemisen pitää olla 0–100 %, ei 150 %.", "Mitään ei tallennettu.");
        // the form keeps what was typed
        assertThat(body).contains(narrative, "value=\"150\"");
        assertThat(reports(action)).isEqualTo(before);

        var notANumber = postForm("youth", "/actions/" + action, "/actions/" + action + "/progress",
                form("state", "ONGOING", "progress", "puolet", "narrative", narrative));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(text(notANumber)).contains("Anna kokonaisluku.", narrative);
        assertThat(reports(action)).isEqualTo(before);

        // the action's organisations may report; anyone else gets 403 and nothing is saved
        var forbidden = postForm("analyst", "/plans", "/actions/" + action + "/progress",
                form("state", "ONGOING", "progress", "50", "narrative", narrative));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(reports(action)).isEqualTo(before);
    }

    @Test
    void aReportOnACancelledActionIsRefusedWithAConflict() {
        long action = action(CANCELLED_ACTION);
        long before = reports(action);
        var page = text(page("coordinator", "/actions/" + action));
        assertThat(page).contains("Toimenpide on peruttu, eikä siitä enää raportoida.").doesNotContain("Lähetä raportti");
        var refused = postForm("coordinator", "/actions/" + action, "/actions/" + action + "/progress",
                form("state", "ONGOING", "progress", "40", "narrative", "Yritys raportoida perutusta"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused)).contains("Toimenpide on valmis tai peruttu, eikä siitä enää raportoida.");
        assertThat(reports(action)).isEqualTo(before);
    }

    @Test
    void anActionWithoutAResponsibleOrganisationOrEndingBeforeItStartsIsNotSaved() {
        long plan = cityPlan();
        long focusArea = focusAreaOf(action(YOUTH_ACTION));
        String title = "Testitoimenpide ilman vastuuta " + UUID.randomUUID();
        var noResponsible = postForm("coordinator", "/plans/" + plan + "/actions/new", "/plans/" + plan + "/actions/new",
                form("focusAreaId", String.valueOf(focusArea), "title", title, "partners", "aseman-lapset", "startsOn", "2026-01-01",
                        "endsOn", "2026-12-31", "state", "PLANNED", "progress", "0", "classification", "INTERNAL"));
        assertThat(noResponsible.statusCode()).isEqualTo(400);
        assertThat(text(noResponsible)).contains("id=\"responsibleOrganisation-error\"", "Valitse toimenpiteelle yksi vastuuorganisaatio.",
                "value=\"" + title + "\"", "Mitään ei tallennettu.");
        // the partner chosen stays chosen
        assertThat(noResponsible.body()).containsPattern("id=\"partner-aseman-lapset\" value=\"aseman-lapset\" checked");
        assertThat(actionsTitled(title)).isZero();

        var endsBeforeStart = postForm("coordinator", "/plans/" + plan + "/actions/new", "/plans/" + plan + "/actions/new",
                form("focusAreaId", String.valueOf(focusArea), "title", title, "responsibleOrganisation", "youth-services",
                        "startsOn", "2026-06-01", "endsOn", "2026-01-31", "state", "PLANNED", "progress", "0", "classification", "INTERNAL"));
        assertThat(endsBeforeStart.statusCode()).isEqualTo(400);
        assertThat(text(endsBeforeStart)).contains("id=\"endsOn-error\"", "Päättymispäivä on ennen alkamispäivää.", "value=\"2026-06-01\"");
        assertThat(actionsTitled(title)).isZero();

        var saved = postForm("coordinator", "/plans/" + plan + "/actions/new", "/plans/" + plan + "/actions/new",
                form("focusAreaId", String.valueOf(focusArea), "title", title, "responsibleOrganisation", "youth-services",
                        "startsOn", "2026-01-01", "endsOn", "2026-12-31", "state", "PLANNED", "progress", "0", "classification", "INTERNAL"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(actionsTitled(title)).isEqualTo(1);
    }

    @Test
    void approvingAPlanNeedsTheDecisionReference() {
        long plan = areaPlan();
        String state = db.sql("select state from plans.plan where id = :id").param("id", plan).query(String.class).single();
        if (!"DRAFT".equals(state)) {
            return; // another test moved it on; the rule is shown by the API tests too
        }
        var refused = postForm("coordinator", "/plans/" + plan, "/plans/" + plan + "/state", form("state", "APPROVED", "decisionReference", " "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("id=\"decisionReference-error\"", "Hyväksyminen edellyttää päätöksen viitettä");
        assertThat(db.sql("select state from plans.plan where id = :id").param("id", plan).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void theEscalationListGoesOnTheAgendaOfAnUpcomingMeeting() {
        long plan = cityPlan();
        var list = text(page("coordinator", "/plans/" + plan + "/escalations"));
        assertThat(list).contains("Eskalointilista", YOUTH_ACTION, "raportti myöhässä", "Vie kokouksen esityslistalle");
        assertThat(text(page("youth", "/plans/" + plan + "/escalations"))).doesNotContain("Lisää esityslistalle");

        // an upcoming meeting of the expert group
        long expertGroup = db.sql("select id from organisations.body where code = 'expert-group'").query(Long.class).single();
        var planned = postForm("coordinator", "/meetings/new", "/meetings/new", form("body", String.valueOf(expertGroup),
                "title", "Asiantuntijaryhmän kokous", "date", java.time.LocalDate.now().plusDays(20).toString(), "startTime", "09:00",
                "endTime", "11:00"));
        assertThat(planned.statusCode()).isEqualTo(302);
        long meeting = Long.parseLong(planned.headers().firstValue("Location").orElseThrow().replaceAll(".*/meetings/(\\d+).*", "$1"));
        list = text(page("coordinator", "/plans/" + plan + "/escalations"));
        assertThat(list).contains("<option value=\"" + meeting + "\"");
        var added = postForm("coordinator", "/plans/" + plan + "/escalations", "/plans/" + plan + "/escalations/agenda",
                form("meeting", String.valueOf(meeting)));
        assertThat(added.statusCode()).isEqualTo(302);
        String description = db.sql("select description from meetings.agenda_item where meeting_id = :m and title like 'Eskalointilista:%' order by id desc limit 1")
                .param("m", meeting).query(String.class).single();
        assertThat(description).contains(YOUTH_ACTION + " (Nuorisopalvelut): raportti myöhässä");
        // every signed-in user sees an agenda: a restricted action on the list is counted, not named
        assertThat(list).contains(RESTRICTED_ACTION);
        assertThat(description).doesNotContain(RESTRICTED_ACTION).contains("salassa pidettävää toimenpidettä");

        assertThat(postForm("youth", "/plans/" + plan, "/plans/" + plan + "/escalations/agenda", form("meeting", String.valueOf(meeting)))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void everyStateReasonAndPeriodHasItsWordsInEveryLanguage() throws Exception {
        List<String> keys = new ArrayList<>();
        for (ActionState s : ActionState.values()) {
            keys.add("plans.state." + s);
        }
        for (PlanState s : PlanState.values()) {
            keys.add("plans.planState." + s);
            keys.add("plans.planState.to." + s);
        }
        for (PlanLevel l : PlanLevel.values()) {
            keys.add("plans.level." + l);
        }
        for (Cadence c : Cadence.values()) {
            keys.add("plans.cadence." + c);
            keys.add("plans.cadence.per." + c);
            keys.add("plans.period." + c);
        }
        for (Standing s : Standing.values()) {
            keys.add("plans.standing." + s);
        }
        for (Direction d : Direction.values()) {
            keys.add("plans.indicator.direction." + d);
        }
        for (IndicatorSource s : IndicatorSource.values()) {
            keys.add("plans.indicator.source." + s);
            keys.add("plans.field.source." + s);
        }
        for (EscalationReason r : EscalationReason.values()) {
            keys.add("plans.escalation.reason." + r);
        }
        keys.add("plans.report.closed.COMPLETED");
        keys.add("plans.report.closed.CANCELLED");
        // the refusals of the plans module, whatever their texts say in English
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/fi/turvaverkko/plans"))) {
            Pattern key = Pattern.compile("\"(plans\\.(?:invalid|conflict)\\.[a-z0-9-]+)\"");
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (String language : List.of("fi", "sv", "en")) {
            Properties bundle = new Properties();
            try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/messages/plans_" + language + ".properties"))) {
                bundle.load(reader);
            }
            assertThat(keys.stream().filter(k -> !bundle.containsKey(k)).collect(Collectors.toList())).as("missing in plans_" + language).isEmpty();
        }
    }
}
