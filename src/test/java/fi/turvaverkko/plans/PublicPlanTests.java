package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The public plan pages and their open data, signed out: only PUBLIC plans, PUBLIC focus areas and the PUBLIC actions in
 * them; an INTERNAL or RESTRICTED action (or a PUBLIC action under an INTERNAL focus area) is never there.
 */
class PublicPlanTests extends IntegrationTest {

    long planId;
    String marker;
    String publicAction;
    String internalAction;
    String restrictedAction;
    String hiddenFocusAction;

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body()).get("id").asLong();
    }

    String action(long focusAreaId, String title, String classification) {
        created(post("/api/actions", """
                {"focusAreaId":%d,"title":"%s","titleSv":"%s (sv)","responsibleOrganisation":"youth-services","partners":["aseman-lapset"],
                 "areas":["0913301"],"startsOn":"2025-01-01","endsOn":"2027-12-31","state":"ONGOING","progress":40,
                 "classification":"%s"%s}""".formatted(focusAreaId, title, title, classification,
                classification.equals("RESTRICTED") ? ",\"sharedWith\":{\"organisations\":[\"helsinki-police\",\"safety-unit\"]}" : "")));
        return title;
    }

    /** A public plan with a public and an internal focus area, and actions of every classification. */
    @BeforeEach
    void aPublicPlanWithActionsOfEveryClassification() {
        // letters only: a run of digits in a narrative would look like a phone number to the personal-data check
        marker = new java.util.Random().ints(6, 0, 26).mapToObj(i -> String.valueOf((char) ('a' + i))).collect(java.util.stream.Collectors.joining());
        planId = created(post("/api/plans", """
                {"level":"CITY","title":"Julkinen testisuunnitelma %s","titleSv":"Offentlig testplan %s","periodStart":"2025-01-01",
                 "periodEnd":"2028-12-31","ownerBody":"management-group","cadence":"QUARTER","classification":"PUBLIC"}""".formatted(marker, marker)));
        // drafts are not public: the plan is approved
        assertThat(post("/api/plans/" + planId + "/state", "{\"state\":\"APPROVED\",\"decisionReference\":\"Johtoryhmä 1.2.2025 § 3\"}")
                .statusCode()).isEqualTo(200);
        long open = created(post("/api/plans/" + planId + "/focus-areas", """
                {"title":"Avoin painopiste %s","titleSv":"Öppet fokusområde %s","phenomena":["street-drug-dealing"],"classification":"PUBLIC"}"""
                .formatted(marker, marker)));
        long closed = created(post("/api/plans/" + planId + "/focus-areas", """
                {"title":"Sisäinen painopiste %s","phenomena":["youth-gangs"],"classification":"INTERNAL"}""".formatted(marker)));
        publicAction = action(open, "Julkinen toimenpide " + marker, "PUBLIC");
        internalAction = action(open, "Sisäinen toimenpide " + marker, "INTERNAL");
        restrictedAction = action(open, "Rajattu toimenpide " + marker, "RESTRICTED");
        hiddenFocusAction = action(closed, "Julkinen mutta sisäisen painopisteen " + marker, "PUBLIC");
        long publicId = db.sql("select id from plans.action where title = :t").param("t", publicAction).query(Long.class).single();
        var report = send(HttpRequest.newBuilder(URI.create(url("/api/actions/" + publicId + "/progress")))
                .header("Authorization", basic("youth", "demo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"2025-Q1\",\"state\":\"ONGOING\",\"progress\":40,"
                        + "\"narrative\":\"Iltaryhmät aloittivat " + marker + ".\"}")).build());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    }

    void showsOnlyThePublicAction(String body) {
        assertThat(body).contains(publicAction).doesNotContain(internalAction).doesNotContain(restrictedAction)
                .doesNotContain(hiddenFocusAction).doesNotContain("Sisäinen painopiste " + marker);
    }

    @Test
    void thePublicPagesShowOnlyPublicContentToAnyone() {
        var list = get("/public/plans");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Julkinen testisuunnitelma " + marker).contains("Helsingin turvallisuussuunnitelma 2025–2028")
                .as("the attribution footer").contains("site-footer");

        var page = get("/public/plans/" + planId);
        assertThat(page.statusCode()).isEqualTo(200);
        showsOnlyThePublicAction(page.body());
        assertThat(page.body()).contains("Avoin painopiste " + marker).contains("Iltaryhmät aloittivat " + marker)
                .contains("Nuorisopalvelut").as("partners and areas by name").contains("Aseman Lapset ry").contains("Kallio")
                .as("no names of the people who reported").doesNotContain("Terhi Testinen");

        String demo = get("/public/plans/" + db.sql("select id from plans.plan where title = 'Helsingin turvallisuussuunnitelma 2025–2028'")
                .query(Long.class).single()).body();
        assertThat(demo).contains("Liikkuva nuorisotyö iltaisin ja viikonloppuisin")
                .as("internal demo action").doesNotContain("Ankkuritoiminnan moniammatillinen malli")
                .as("restricted demo action").doesNotContain("Jengiytymisen ennaltaehkäisyn tilannekuvaryhmä");

        long internalPlan = created(post("/api/plans", """
                {"level":"CITY","title":"Sisäinen suunnitelma %s","periodStart":"2025-01-01","periodEnd":"2028-12-31","classification":"INTERNAL"}"""
                .formatted(marker)));
        assertThat(get("/public/plans/" + internalPlan).statusCode()).isEqualTo(404);
        assertThat(get("/public/plans").body()).doesNotContain("Sisäinen suunnitelma " + marker);
        assertThat(get("/public/plans/" + internalPlan, "Cookie", signIn("coordinator", "demo")).statusCode())
                .as("not even for a coordinator: the public page is what residents see").isEqualTo(404);
    }

    @Test
    void thePublicPageSpeaksSwedishAndEnglish() {
        String swedish = get("/public/plans/" + planId, "Cookie", "turvaverkko-lang=sv").body();
        assertThat(swedish).contains("Offentlig testplan " + marker).contains("Öppet fokusområde " + marker).contains(publicAction + " (sv)")
                .contains("Säkerhetsplaner").contains("Ungdomstjänster");
        showsOnlyThePublicAction(swedish);
        assertThat(get("/public/plans", "Cookie", "turvaverkko-lang=en").body()).contains("Safety plans").contains("Open data");
    }

    @Test
    void theOpenDataHasOnlyPublicContentUnderCcBy() {
        var plans = get("/api/public/plans");
        assertThat(plans.statusCode()).isEqualTo(200);
        assertThat(plans.headers().firstValue("Link").orElse("")).contains("creativecommons.org/licenses/by/4.0").contains("license");
        JsonNode document = parse(plans.body());
        assertThat(document.get("licence").get("name").asString()).isEqualTo("CC BY 4.0");
        showsOnlyThePublicAction(plans.body());
        assertThat(plans.body()).contains("\"youth-services\"").contains("Iltaryhmät aloittivat " + marker);
        JsonNode ours = null;
        for (JsonNode plan : document.get("plans")) {
            if (plan.get("id").asLong() == planId) {
                ours = plan;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("title").get("sv").asString()).isEqualTo("Offentlig testplan " + marker);
        assertThat(ours.get("ownerBody").get("code").asString()).isEqualTo("management-group");
        assertThat(ours.get("focusAreas")).hasSize(1);
        JsonNode action = ours.get("focusAreas").get(0).get("actions").get(0);
        assertThat(action.get("progress").asInt()).isEqualTo(40);
        assertThat(action.get("areas").get(0).get("code").asString()).isEqualTo("0913301");
        assertThat(action.get("latestReport").get("period").asString()).isEqualTo("2025-Q1");

        var one = get("/api/public/plans/" + planId);
        assertThat(one.statusCode()).isEqualTo(200);
        showsOnlyThePublicAction(one.body());

        var json = get("/api/public/actions.json");
        assertThat(json.statusCode()).isEqualTo(200);
        showsOnlyThePublicAction(json.body());
        assertThat(parse(json.body()).get("actions").toString()).contains("\"plan\":{\"id\":" + planId);
        assertThat(json.body()).doesNotContain("Ankkuritoiminnan").doesNotContain("Jengiytymisen ennaltaehkäisyn");

        var csv = getBytes("/api/public/actions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFplan_id,plan_title,focus_area_id,");
        showsOnlyThePublicAction(text);
        assertThat(text).doesNotContain("Ankkuritoiminnan").doesNotContain("Jengiytymisen ennaltaehkäisyn");
        assertThat(text.lines().filter(l -> l.contains(publicAction))).singleElement().asString().contains(",ONGOING,40,").contains("2025-Q1");
    }

    @Test
    void theOpenApiDescriptionHasTheCsvAndOpenDataEndpoints() {
        String docs = get("/v3/api-docs").body();
        assertThat(docs).contains("/api/public/plans").contains("/api/public/actions.csv").contains("/api/public/actions.json")
                .contains("/api/plans/{id}/actions.csv").contains("/api/plans/{id}/actions/import")
                .contains("/api/plans/{id}/progress-reports.csv").contains("/api/plans/{id}/progress-reports/import")
                .contains("/api/actions/{id}/evidence").contains("CC BY 4.0");
    }
}
