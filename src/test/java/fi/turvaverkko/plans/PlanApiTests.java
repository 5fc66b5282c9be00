package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The plans API against PostgreSQL: plans, focus areas, actions, progress reports, indicators (entered and counted from
 * signals), and the bad inputs that must get a clear 4xx and leave nothing half-saved.
 */
class PlanApiTests extends IntegrationTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    long planId;
    long focusAreaId;

    HttpResponse<String> post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> put(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> getAs(String user, String path) {
        return get(path, "Authorization", basic(user, "demo"));
    }

    static String plan(String title, String classification) {
        return """
                {"level":"CITY","title":"%s","periodStart":"2025-01-01","periodEnd":"2028-12-31","ownerBody":"management-group",
                 "cadence":"QUARTER","nationalGoals":["Arjen turvallisuus"],"classification":"%s"}""".formatted(title, classification);
    }

    static String action(long focusAreaId, String responsible, String startsOn, String endsOn, Integer progress, String classification) {
        return """
                {"focusAreaId":%d,"title":"Testitoimenpide %s","responsibleOrganisation":%s,"partners":["aseman-lapset"],
                 "startsOn":"%s","endsOn":"%s","state":"ONGOING","progress":%s,"budgetYear":2026,"classification":"%s"}"""
                .formatted(focusAreaId, UUID.randomUUID(), responsible == null ? "null" : "\"" + responsible + "\"", startsOn, endsOn,
                        progress, classification);
    }

    long actionCount() {
        return db.sql("select count(*) from plans.action").query(Long.class).single();
    }

    long reportCount() {
        return db.sql("select count(*) from plans.progress_report").query(Long.class).single();
    }

    @BeforeEach
    void aPlanWithAFocusArea() {
        var plan = post("coordinator", "/api/plans", plan("Testisuunnitelma " + UUID.randomUUID(), "INTERNAL"));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        planId = parse(plan.body()).get("id").asLong();
        var focus = post("coordinator", "/api/plans/" + planId + "/focus-areas", """
                {"title":"Katukauppa","rationale":"Signaalit lisääntyneet","phenomena":["street-drug-dealing"],"classification":"INTERNAL"}""");
        assertThat(focus.statusCode()).as(focus.body()).isEqualTo(201);
        focusAreaId = parse(focus.body()).get("id").asLong();
    }

    @Test
    void aCoordinatorBuildsAPlanAndTheResponsibleOrganisationReportsOnIt() {
        var approve = post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"APPROVED\"}");
        assertThat(approve.statusCode()).isEqualTo(400);
        assertThat(approve.body()).contains("decisionReference");
        assertThat(post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"APPROVED\",\"decisionReference\":\"Johtoryhmä 1.2.2025 § 3\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"IN_FORCE\"}").statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/plans/" + planId + "/state", "{\"state\":\"DRAFT\"}").statusCode()).isEqualTo(409);

        var created = post("coordinator", "/api/actions", action(focusAreaId, "youth-services", "2025-01-01", "2027-12-31", 10, "INTERNAL"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode action = parse(created.body());
        long actionId = action.get("id").asLong();
        assertThat(action.get("cityWide").asBoolean()).isTrue();
        assertThat(action.get("overdue").asBoolean()).as("never reported since 2025").isTrue();

        var report = post("youth", "/api/actions/" + actionId + "/progress", """
                {"state":"ONGOING","progress":35,"narrative":"Kolme uutta iltaryhmää aloitti.","nextSteps":"Kevään arviointi."}""");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
        JsonNode reported = parse(report.body());
        assertThat(reported.get("period").get("code").asString()).isEqualTo("2025-Q1");
        assertThat(reported.get("progress").asInt()).isEqualTo(35);

        var detail = parse(getAs("youth", "/api/actions/" + actionId).body());
        assertThat(detail.get("action").get("progress").asInt()).isEqualTo(35);
        assertThat(detail.get("reports")).hasSize(1);
        assertThat(detail.get("history")).hasSize(2);

        var comment = post("member", "/api/progress-reports/" + reported.get("id").asLong() + "/comments", "{\"text\":\"Hyvä yhteistyö.\"}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);

        var listed = parse(getAs("coordinator", "/api/actions?plan=" + planId + "&organisation=youth-services&state=ONGOING").body());
        assertThat(listed).hasSize(1);
        assertThat(parse(getAs("coordinator", "/api/actions?plan=" + planId + "&overdue=true").body())).hasSize(1);
        assertThat(parse(getAs("youth", "/api/reports-due").body()).toString()).contains("\"id\":" + actionId);
        assertThat(parse(getAs("coordinator", "/api/plans/" + planId + "/escalations").body()).toString()).contains("REPORT_OVERDUE");

        long audits = db.sql("select count(*) from audit.entry where object_type = 'plans.action' and object_id = :id")
                .param("id", String.valueOf(actionId)).query(Long.class).single();
        assertThat(audits).as("created, reported, commented").isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputGetsAClearAnswerAndSavesNothing() {
        long actions = actionCount();
        var noResponsible = post("coordinator", "/api/actions", action(focusAreaId, null, "2025-01-01", "2026-12-31", 0, "INTERNAL"));
        assertThat(noResponsible.statusCode()).isEqualTo(400);
        assertThat(noResponsible.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(parse(noResponsible.body()).get("errors").get(0).get("field").asString()).isEqualTo("responsibleOrganisation");

        var endBeforeStart = post("coordinator", "/api/actions", action(focusAreaId, "youth-services", "2026-06-01", "2026-01-31", 0, "INTERNAL"));
        assertThat(endBeforeStart.statusCode()).isEqualTo(400);
        assertThat(parse(endBeforeStart.body()).get("errors").get(0).get("field").asString()).isEqualTo("endsOn");

        var over100 = post("coordinator", "/api/actions", action(focusAreaId, "youth-services", "2025-01-01", "2026-12-31", 150, "INTERNAL"));
        assertThat(over100.statusCode()).isEqualTo(400);
        assertThat(parse(over100.body()).get("errors").get(0).get("field").asString()).isEqualTo("progress");

        var unknownOrg = post("coordinator", "/api/actions", action(focusAreaId, "no-such-org", "2025-01-01", "2026-12-31", 0, "INTERNAL"));
        assertThat(unknownOrg.statusCode()).isEqualTo(400);
        var badState = post("coordinator", "/api/actions", action(focusAreaId, "youth-services", "2025-01-01", "2026-12-31", 0, "SECRET"));
        assertThat(badState.statusCode()).isEqualTo(400);
        var malformed = post("coordinator", "/api/actions", "{\"focusAreaId\": 1, \"startsOn\": \"31.12.2026\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(actionCount()).isEqualTo(actions);

        long actionId = parse(post("coordinator", "/api/actions", action(focusAreaId, "youth-services", "2025-01-01", "2027-12-31", 0, "INTERNAL"))
                .body()).get("id").asLong();
        long reports = reportCount();
        var tooMuch = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":150,\"narrative\":\"Liikaa\"}");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(parse(tooMuch.body()).get("errors").get(0).get("field").asString()).isEqualTo("progress");
        var noNarrative = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":10}");
        assertThat(noNarrative.statusCode()).isEqualTo(400);
        var phone = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":10,\"narrative\":\"Soita 040 123 4567\"}");
        assertThat(phone.statusCode()).isEqualTo(400);
        var future = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":10,\"narrative\":\"x\",\"period\":\"2030-Q1\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        var wrongCadence = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":10,\"narrative\":\"x\",\"period\":\"2026-03\"}");
        assertThat(wrongCadence.statusCode()).isEqualTo(400);
        assertThat(wrongCadence.body()).contains("2026-Q3");

        var cancel = put("coordinator", "/api/actions/" + actionId, action(focusAreaId, "youth-services", "2025-01-01", "2027-12-31", 0, "INTERNAL")
                .replace("\"ONGOING\"", "\"CANCELLED\""));
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        var onCancelled = post("youth", "/api/actions/" + actionId + "/progress", "{\"progress\":10,\"narrative\":\"Edistyi\"}");
        assertThat(onCancelled.statusCode()).isEqualTo(409);
        assertThat(onCancelled.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(reportCount()).isEqualTo(reports);
    }

    @Test
    void anIndicatorCountedFromSignalsEqualsWhatTheSignalsApiCounts() {
        var created = post("coordinator", "/api/indicators", """
                {"planId":%d,"focusAreaId":%d,"name":"Katukauppasignaalit Kalliossa","unit":"signaalia","direction":"LOWER",
                 "baselineDate":"2025-01-01","source":"SIGNALS","phenomena":["street-drug-dealing"],"areaCode":"0913301","period":"QUARTER"}"""
                .formatted(planId, focusAreaId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("id").asLong();
        JsonNode values = parse(getAs("coordinator", "/api/indicators/" + id + "/values").body()).get("values");
        assertThat(values.size()).isGreaterThanOrEqualTo(7);
        int checked = 0;
        for (JsonNode value : values) {
            LocalDate start = LocalDate.parse(value.get("periodStart").asString());
            LocalDate end = LocalDate.parse(value.get("periodEnd").asString());
            String from = start.atStartOfDay(HELSINKI).toInstant().toString();
            String to = end.plusDays(1).atStartOfDay(HELSINKI).toInstant().toString();
            long sum = 0;
            for (int page = 0; ; page++) {
                JsonNode listed = parse(getAs("coordinator", "/api/signals?area=0913301&phenomenon=street-drug-dealing&from=" + from + "&to=" + to
                        + "&size=1000&page=" + page).body());
                for (JsonNode signal : listed.get("items")) {
                    sum += signal.get("count").asLong();
                }
                if ((page + 1) * 1000L >= listed.get("total").asLong()) {
                    break;
                }
            }
            assertThat(value.get("value").asLong()).as(start + "–" + end).isEqualTo(sum);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
        assertThat(values.toString()).as("the demo data has street drug dealing in Kallio").containsPattern("\"value\":[1-9]");

        var entered = post("coordinator", "/api/indicators/" + id + "/values", "{\"periodStart\":\"2025-01-01\",\"value\":3}");
        assertThat(entered.statusCode()).as("values of a computed indicator are not entered").isEqualTo(409);
    }

    @Test
    void aHandEnteredIndicatorShowsWhereItStands() {
        var created = post("coordinator", "/api/indicators", """
                {"planId":%d,"name":"Turvallisuuden tunne","unit":"%%","direction":"HIGHER","baselineValue":70,"baselineDate":"2024-12-31",
                 "targetValue":80,"targetDate":"2028-12-31","source":"MANUAL"}""".formatted(planId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("id").asLong();
        var value = post("coordinator", "/api/indicators/" + id + "/values", "{\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\",\"value\":74.5}");
        assertThat(value.statusCode()).as(value.body()).isEqualTo(201);
        assertThat(parse(value.body()).get("standing").asString()).isEqualTo("IMPROVING");
        assertThat(post("member", "/api/indicators/" + id + "/values", "{\"periodStart\":\"2025-01-01\",\"value\":90}").statusCode()).isEqualTo(403);
        assertThat(post("coordinator", "/api/indicators/" + id + "/values", "{\"periodStart\":\"2099-01-01\",\"value\":90}").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        JsonNode paths = parse(get("/v3/api-docs").body()).path("paths");
        for (String path : new String[] { "/api/plans", "/api/plans/{id}/focus-areas", "/api/actions", "/api/actions/{id}/progress",
                "/api/indicators/{id}/values", "/api/reports-due", "/api/plans/{id}/escalations" }) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void aPublicPlanStaysOffThePublicPagesWhileItIsADraft() {
        String title = "Julkinen luonnos " + UUID.randomUUID();
        long id = parse(post("coordinator", "/api/plans", plan(title, "PUBLIC")).body()).get("id").asLong();
        assertThat(get("/api/public/plans").body()).doesNotContain(title);
        assertThat(get("/api/public/plans/" + id).statusCode()).isEqualTo(404);
        post("coordinator", "/api/plans/" + id + "/state", "{\"state\":\"APPROVED\",\"decisionReference\":\"Johtoryhmä 1.2.2025 § 3\"}");
        assertThat(get("/api/public/plans").body()).contains(title);
    }

    @Test
    void whoeverRecordsARestrictedActionKeepsSeeingIt() {
        var created = post("coordinator", "/api/actions", """
                {"focusAreaId":%d,"title":"Poliisin luottamuksellinen","responsibleOrganisation":"helsinki-police","startsOn":"2025-01-01",
                 "endsOn":"2026-12-31","classification":"RESTRICTED"}""".formatted(focusAreaId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("id").asLong();
        assertThat(getAs("police", "/api/actions/" + id).statusCode()).isEqualTo(200);
        assertThat(getAs("member", "/api/actions/" + id).statusCode()).isEqualTo(404);
    }
}
