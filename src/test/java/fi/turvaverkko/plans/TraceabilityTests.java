package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * From a signal or a phenomenon to the actions that address it, and from an action to its evidence with the signals and
 * indicators before and after it started, on the demo plan.
 */
class TraceabilityTests extends IntegrationTest {

    static final String CITY_PLAN = "Helsingin turvallisuussuunnitelma 2025–2028";

    long actionId(String title) {
        return db.sql("select a.id from plans.action a join plans.plan p on p.id = a.plan_id where a.title = :t and p.title = :p")
                .param("t", title).param("p", CITY_PLAN).query(Long.class).single();
    }

    @Test
    void aPhenomenonInAnAreaLeadsToTheActionsAddressingIt() {
        String session = signIn("coordinator", "demo");
        // a small area in Kallio: the Kallio action (scope 0913301) and the city-wide ones of the focus area
        var page = get("/plans/trace?phenomenon=street-drug-dealing&area=0913301101", "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Katukaupan valvonnan tehostaminen Kalliossa")
                .contains("Päihdetyön jalkautuva palvelu asemien ympäristöissä")
                .contains("Huumausaineiden katukaupan ja päihdehäiriöiden vähentäminen")
                .as("the scope by name").contains("<td>Kallio</td>")
                .as("another focus area").doesNotContain("Liikkuva nuorisotyö iltaisin")
                .contains("/actions/" + actionId("Katukaupan valvonnan tehostaminen Kalliossa") + "/evidence");

        var elsewhere = get("/plans/trace?phenomenon=street-drug-dealing&area=0918", "Cookie", session);
        assertThat(elsewhere.body()).as("the Kallio action does not cover the north-east")
                .doesNotContain("Katukaupan valvonnan tehostaminen Kalliossa").contains("Päihdetyön jalkautuva palvelu");

        var gangs = get("/plans/trace?phenomenon=youth-gangs", "Cookie", signIn("member", "demo"));
        assertThat(gangs.body()).contains("Liikkuva nuorisotyö iltaisin")
                .as("the restricted police action is not the member's to see").doesNotContain("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä");

        var unknown = get("/plans/trace?phenomenon=unicorns", "Cookie", session);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("notification error");
    }

    @Test
    void theSignalAndPhenomenonPagesLinkToTheActions() throws InterruptedException {
        String session = signIn("coordinator", "demo");
        for (int i = 0; i < 120 && db.sql("select count(*) from signals.signal s join signals.phenomenon p on p.id = s.phenomenon_id "
                + "where p.code = 'street-drug-dealing'").query(Long.class).single() == 0; i++) {
            Thread.sleep(500); // the demo signals are written in the background at start-up
        }
        var signal = db.sql("select s.id, p.code, s.area_code from signals.signal s join signals.phenomenon p on p.id = s.phenomenon_id "
                + "where p.code = 'street-drug-dealing' limit 1").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
                .single();
        String page = get("/signals/" + signal[0], "Cookie", session).body();
        assertThat(page).contains("/plans/trace?phenomenon=street-drug-dealing&amp;area=" + signal[2]);
        assertThat(get("/situation/phenomena/street-drug-dealing", "Cookie", session).body()).contains("/plans/trace?phenomenon=street-drug-dealing");
    }

    @Test
    void anActionShowsItsEvidenceAndOneChartOfBeforeAndAfter() {
        String session = signIn("coordinator", "demo");
        long id = actionId("Liikkuva nuorisotyö iltaisin ja viikonloppuisin");
        var page = get("/actions/" + id + "/evidence", "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nuorten syrjäytymisen ja jengiytymisen ehkäisy")
                .contains("/situation/phenomena/youth-gangs")
                .as("one chart").containsOnlyOnce("<svg")
                .contains("Kohdatut nuoret")
                .contains("1/2025")
                .as("the indicators table, and the page to its end").contains("evidence-indicators").contains("Parantunut").contains("</html>");
        assertThat(get("/actions/" + actionId("Katukaupan valvonnan tehostaminen Kalliossa") + "/evidence", "Cookie", session).body())
                .contains("Katukauppasignaalit Kalliossa").contains("</html>");

        JsonNode evidence = parse(get("/api/actions/" + id + "/evidence", "Authorization", basic("coordinator", "demo")).body());
        assertThat(evidence.get("phenomena").toString()).contains("youth-gangs");
        JsonNode beforeAfter = parse(get("/api/actions/" + id + "/evidence/before-after", "Authorization", basic("coordinator", "demo")).body());
        assertThat(beforeAfter.get("signals").size()).isGreaterThan(12);

        long restricted = actionId("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä");
        assertThat(get("/actions/" + restricted + "/evidence", "Cookie", signIn("member", "demo")).statusCode()).isEqualTo(404);
        assertThat(get("/api/actions/" + restricted + "/evidence", "Authorization", basic("member", "demo")).statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageShowsSignedOutVisitorsThePublicPlans() {
        assertThat(get("/").body()).contains("href=\"/public/plans\"");
        assertThat(get("/", "Cookie", signIn("coordinator", "demo")).body()).doesNotContain("href=\"/public/plans\"");
    }
}
