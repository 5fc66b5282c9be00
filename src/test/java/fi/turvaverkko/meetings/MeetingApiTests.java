package fi.turvaverkko.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The meetings API as an integration would use it, with the demo accounts and the demo steering group. */
class MeetingApiTests extends IntegrationTest {

    @Autowired
    Organisations organisations;

    long steeringGroup;
    long police;

    @BeforeEach
    void demoData() {
        steeringGroup = organisations.findBodyByCode("youth-steering-group").orElseThrow().id();
        police = organisations.findOrganisationByCode("helsinki-police").orElseThrow().id();
    }

    HttpResponse<String> post(String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> getAs(String path, String user) {
        return get(path, "Authorization", basic(user, "demo"));
    }

    long planMeeting(String title) {
        var response = post("/api/bodies/" + steeringGroup + "/meetings", "coordinator",
                "{\"title\":\"" + title + "\",\"startsAt\":\"2026-12-10T08:00:00Z\",\"endsAt\":\"2026-12-10T10:00:00Z\",\"place\":\"Kaupungintalo\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parse(response.body()).path("id").asLong();
    }

    void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(parse(response.body()).path("detail").asString()).contains(detail);
    }

    long decisionCount() {
        return db.sql("select count(*) from meetings.decision").query(Long.class).single();
    }

    @Test
    void coordinatorPlansAMeetingAndRecordsNumberedDecisions() {
        long meeting = planMeeting("Ohjausryhmän kokous");
        var first = post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"Toimintasuunnitelma\",\"text\":\"Hyväksyttiin.\",\"classification\":\"INTERNAL\"}");
        var second = post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"Tilannekuva\",\"text\":\"Merkittiin tiedoksi.\",\"classification\":\"PUBLIC\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        int n1 = parse(first.body()).path("number").asInt();
        int n2 = parse(second.body()).path("number").asInt();
        assertThat(n2).isEqualTo(n1 + 1);
        JsonNode detail = parse(getAs("/api/meetings/" + meeting, "member").body());
        assertThat(detail.path("decisions").size()).isEqualTo(2);
        assertThat(detail.path("meeting").path("place").asString()).isEqualTo("Kaupungintalo");
    }

    @Test
    void schedulesMeetingsEverySixMonths() {
        var response = post("/api/bodies/" + steeringGroup + "/meeting-schedules", "coordinator",
                "{\"title\":\"Kaupungin ja poliisin johdon tapaaminen\",\"firstStartsAt\":\"2027-04-28T09:00:00Z\",\"everyMonths\":6,\"count\":4}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode ids = parse(response.body());
        assertThat(ids.size()).isEqualTo(4);
        JsonNode last = parse(getAs("/api/meetings/" + ids.get(3).asLong(), "coordinator").body());
        assertThat(last.path("meeting").path("startsAt").asString()).startsWith("2028-10-28");
    }

    @Test
    void refusesARestrictedDecisionWithoutASharingListAndSavesNothing() {
        long meeting = planMeeting("Kokous");
        long before = decisionCount();
        assertProblem(post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"T\",\"text\":\"x\",\"classification\":\"RESTRICTED\",\"legalBasis\":\"JulkL 24 § 1 mom. 5 k\"}"), 400, "sharing list");
        assertProblem(post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"T\",\"text\":\"x\",\"classification\":\"RESTRICTED\",\"sharedWith\":{\"organisations\":[" + police + "]}}"), 400, "legal basis");
        assertProblem(post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"T\",\"text\":\"x\",\"classification\":\"SECRET\"}"), 400, "PUBLIC, INTERNAL or RESTRICTED");
        assertProblem(post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"T\",\"text\":\"x\",\"classification\":\"RESTRICTED\",\"legalBasis\":\"L\",\"sharedWith\":{\"organisations\":[999999]}}"), 400, "no organisation 999999");
        assertThat(decisionCount()).isEqualTo(before);
    }

    @Test
    void answersUnknownIdsWith404() {
        assertProblem(getAs("/api/meetings/999999", "coordinator"), 404, "999999");
        assertProblem(post("/api/bodies/999999/meetings", "coordinator", "{\"title\":\"x\",\"startsAt\":\"2026-12-10T08:00:00Z\"}"), 404, "999999");
        assertProblem(post("/api/meetings/999999/decisions", "coordinator", "{\"title\":\"x\",\"text\":\"y\",\"classification\":\"PUBLIC\"}"), 404, "999999");
        assertProblem(getAs("/api/decisions/999999", "coordinator"), 404, "999999");
    }

    @Test
    void refusesBadTasksAndMeetings() {
        long meeting = planMeeting("Kokous");
        assertProblem(post("/api/meetings/" + meeting + "/tasks", "coordinator",
                "{\"title\":\"Selvitys\",\"dueDate\":\"2027-01-31\",\"classification\":\"INTERNAL\"}"), 400, "person or an organisation");
        assertProblem(post("/api/meetings/" + meeting + "/tasks", "coordinator",
                "{\"title\":\"Selvitys\",\"assigneeOrganisationId\":" + police + ",\"classification\":\"INTERNAL\"}"), 400, "due date");
        assertProblem(post("/api/bodies/" + steeringGroup + "/meetings", "coordinator",
                "{\"title\":\"x\",\"startsAt\":\"2026-12-10T10:00:00Z\",\"endsAt\":\"2026-12-10T09:00:00Z\"}"), 400, "end after it starts");
        assertProblem(post("/api/bodies/" + steeringGroup + "/meetings", "coordinator", "{\"title\":"), 400, "");
    }

    @Test
    void onlyThoseWhoRunTheBodyOrCoordinatorsMayRecord() {
        long meeting = planMeeting("Kokous");
        assertProblem(post("/api/meetings/" + meeting + "/decisions", "member",
                "{\"title\":\"T\",\"text\":\"x\",\"classification\":\"PUBLIC\"}"), 403, "chair, secretary or secretariat");
        assertProblem(post("/api/bodies/" + steeringGroup + "/meetings", "executive",
                "{\"title\":\"x\",\"startsAt\":\"2026-12-10T08:00:00Z\"}"), 403, "");
        assertThat(get("/api/meetings/" + meeting).statusCode()).isEqualTo(401);
    }

    @Test
    void lowersAClassificationOnlyWithAReasonAndLeavesItInTheAuditTrail() {
        long meeting = planMeeting("Kokous");
        long decision = parse(post("/api/meetings/" + meeting + "/decisions", "coordinator",
                "{\"title\":\"Tilannearvio\",\"text\":\"x\",\"classification\":\"RESTRICTED\",\"legalBasis\":\"JulkL 24 § 1 mom. 5 k\",\"sharedWith\":{\"organisations\":[" + police + "]}}")
                .body()).path("id").asLong();
        assertProblem(post("/api/decisions/" + decision + "/classification", "coordinator", "{\"classification\":\"INTERNAL\"}"), 400, "reason");
        assertProblem(post("/api/decisions/" + decision + "/classification", "member",
                "{\"classification\":\"INTERNAL\",\"reason\":\"Ei enää salassa pidettävä.\"}"), 404, "");
        var lowered = post("/api/decisions/" + decision + "/classification", "coordinator",
                "{\"classification\":\"INTERNAL\",\"reason\":\"Tieto on julkaistu tiedotteessa 1.12.\"}");
        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
        assertThat(getAs("/api/decisions/" + decision, "member").statusCode()).isEqualTo(200);
        assertThat(db.sql("""
                select summary from audit.entry
                where action = 'meeting.decision.classification-lowered' and object_type = 'meetings.decision' and object_id = :id""")
                .param("id", String.valueOf(decision)).query(String.class).list())
                .singleElement().asString().contains("RESTRICTED → INTERNAL").contains("Tieto on julkaistu tiedotteessa 1.12.");
    }
}
