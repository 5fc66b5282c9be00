package fi.turvaverkko.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;

/**
 * Who may report progress on an action (the responsible and partner organisations' members and coordinators; 403 for
 * everyone else) and who may see a PUBLIC, INTERNAL and RESTRICTED action, through the detail, the list and the
 * progress reports. Extends the access matrices of meetings and signals to plans.
 */
class PlanAccessMatrixTests extends IntegrationTest {

    static final List<String> USERS = List.of("admin", "coordinator", "police", "analyst", "member", "executive", "youth");

    /** The action is youth services' with the NGO Aseman Lapset as partner. */
    static final Set<String> MAY_REPORT = Set.of("admin", "coordinator", "youth", "member");

    /** A RESTRICTED police action with child welfare as partner, shared with the Safety and Preparedness Unit. */
    static final Map<String, Boolean> SEES_RESTRICTED = Map.of("admin", true, "coordinator", true, "police", true, "analyst", true,
            "member", false, "executive", true, "youth", false);

    long focusAreaId;
    long youthAction;
    long restrictedAction;
    long internalAction;

    HttpResponse<String> post(String user, String path, String body) {
        var builder = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            builder.header("Authorization", basic(user, "demo"));
        }
        return send(builder.build());
    }

    long create(String body) {
        var response = post("coordinator", "/api/actions", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body()).get("id").asLong();
    }

    @BeforeEach
    void actions() {
        long plan = parse(post("coordinator", "/api/plans", """
                {"level":"PROGRAMME","title":"Matriisiohjelma %s","periodStart":"2025-01-01","periodEnd":"2027-12-31","classification":"INTERNAL"}"""
                .formatted(UUID.randomUUID())).body()).get("id").asLong();
        focusAreaId = parse(post("coordinator", "/api/plans/" + plan + "/focus-areas", "{\"title\":\"Nuoret\",\"classification\":\"INTERNAL\"}")
                .body()).get("id").asLong();
        youthAction = create("""
                {"focusAreaId":%d,"title":"Nuorisotyön toimenpide","responsibleOrganisation":"youth-services","partners":["aseman-lapset"],
                 "startsOn":"2025-01-01","endsOn":"2027-12-31","classification":"INTERNAL"}""".formatted(focusAreaId));
        internalAction = youthAction;
        restrictedAction = create("""
                {"focusAreaId":%d,"title":"Luottamuksellinen poliisin toimenpide","responsibleOrganisation":"helsinki-police",
                 "partners":["child-welfare"],"startsOn":"2025-01-01","endsOn":"2027-12-31","classification":"RESTRICTED",
                 "sharedWith":{"organisations":["safety-unit"]}}""".formatted(focusAreaId));
    }

    @Test
    void onlyTheActionsOrganisationsAndCoordinatorsReportProgress() {
        for (String user : USERS) {
            var response = post(user, "/api/actions/" + youthAction + "/progress",
                    "{\"state\":\"ONGOING\",\"progress\":20,\"narrative\":\"Raportti käyttäjältä " + user + "\"}");
            int expected = MAY_REPORT.contains(user) ? 201 : 403;
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(expected);
            if (expected == 403) {
                assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            }
        }
        assertThat(post(null, "/api/actions/" + youthAction + "/progress", "{\"progress\":20,\"narrative\":\"x\"}").statusCode()).isEqualTo(401);
        long reports = db.sql("select count(*) from plans.progress_report where action_id = :id").param("id", youthAction).query(Long.class).single();
        assertThat(reports).isEqualTo(MAY_REPORT.size());
        for (String user : USERS) {
            var mayReport = get("/api/actions/" + youthAction, "Authorization", basic(user, "demo"));
            assertThat(mayReport.statusCode()).as(user).isEqualTo(200);
        }
    }

    @Test
    void aRestrictedActionIsThereOnlyForThoseItIsSharedWith() {
        for (String user : USERS) {
            boolean sees = SEES_RESTRICTED.get(user);
            var detail = get("/api/actions/" + restrictedAction, "Authorization", basic(user, "demo"));
            assertThat(detail.statusCode()).as(user).isEqualTo(sees ? 200 : 404);
            var list = get("/api/actions?focusArea=" + focusAreaId, "Authorization", basic(user, "demo"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body().contains("Luottamuksellinen poliisin toimenpide")).as(user + " list").isEqualTo(sees);
            assertThat(list.body()).as(user + " sees the internal action").contains("Nuorisotyön toimenpide");
            var reports = get("/api/actions/" + restrictedAction + "/progress", "Authorization", basic(user, "demo"));
            assertThat(reports.statusCode()).as(user).isEqualTo(sees ? 200 : 404);
        }
        long reads = db.sql("select count(*) from audit.entry where action = 'record.read' and object_type = 'plans.action' and object_id = :id")
                .param("id", String.valueOf(restrictedAction)).query(Long.class).single();
        assertThat(reads).as("every read of the restricted action's detail is audited").isGreaterThanOrEqualTo(
                SEES_RESTRICTED.values().stream().filter(b -> b).count());
        assertThat(get("/api/actions/" + internalAction).statusCode()).isEqualTo(401);
    }
}
