package fi.turvaverkko.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.support.IntegrationTest;

/**
 * Who sees which classified record, through every list, detail, search and export there is, API and pages.
 * <p>
 * Four meetings of the children-and-youth steering group (secretariat: the Safety and Preparedness Unit, which owns
 * their records), each with minutes, a decision and an overdue task of one kind: PUBLIC, INTERNAL, RESTRICTED shared
 * with the Helsinki Police Department, and RESTRICTED shared with the Eastern area network (a body). The demo users:
 * admin and executive (City Executive Office, above the unit), coordinator and analyst (the unit: owners), police
 * (police department), member (an NGO, member of the area network but not of the police or the city).
 */
class MeetingAccessMatrixTests extends IntegrationTest {

    enum Kind { PUBLIC, INTERNAL, RESTRICTED_POLICE, RESTRICTED_NETWORK }

    static final List<String> USERS = List.of("admin", "coordinator", "police", "analyst", "member", "executive");

    /** The expected matrix: which kinds of record each user may see. */
    static final Map<String, Set<Kind>> SEES = Map.of(
            "admin", Set.of(Kind.values()),
            "executive", Set.of(Kind.values()),
            "coordinator", Set.of(Kind.values()),
            "analyst", Set.of(Kind.values()),
            "police", Set.of(Kind.PUBLIC, Kind.INTERNAL, Kind.RESTRICTED_POLICE),
            "member", Set.of(Kind.PUBLIC, Kind.INTERNAL, Kind.RESTRICTED_NETWORK));

    static String run;
    static final Map<Kind, Long> meetings = new LinkedHashMap<>();
    static final Map<Kind, Long> decisions = new LinkedHashMap<>();
    static final Map<Kind, Long> tasks = new LinkedHashMap<>();

    @Autowired
    Organisations organisations;

    static String marker(String what, Kind kind) {
        return what + "-" + kind + "-" + run;
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic("coordinator", "demo"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @BeforeEach
    synchronized void createRecordsOnce() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        long group = organisations.findBodyByCode("youth-steering-group").orElseThrow().id();
        long police = organisations.findOrganisationByCode("helsinki-police").orElseThrow().id();
        long network = organisations.findBodyByCode("east-area-network").orElseThrow().id();
        for (Kind kind : Kind.values()) {
            String sharing = switch (kind) {
                case PUBLIC -> "\"classification\":\"PUBLIC\"";
                case INTERNAL -> "\"classification\":\"INTERNAL\"";
                case RESTRICTED_POLICE -> "\"classification\":\"RESTRICTED\",\"legalBasis\":\"JulkL 24 § 1 mom. 5 k\",\"sharedWith\":{\"organisations\":[" + police + "]}";
                case RESTRICTED_NETWORK -> "\"classification\":\"RESTRICTED\",\"legalBasis\":\"JulkL 24 § 1 mom. 25 k\",\"sharedWith\":{\"bodies\":[" + network + "]}";
            };
            var meeting = post("/api/bodies/" + group + "/meetings", "{\"title\":\"" + marker("MEETING", kind)
                    + "\",\"startsAt\":\"2026-06-01T08:00:00Z\",\"endsAt\":\"2026-06-01T10:00:00Z\"}");
            assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
            long id = parse(meeting.body()).path("id").asLong();
            meetings.put(kind, id);
            var minutes = put("/api/meetings/" + id + "/minutes", "{\"text\":\"" + marker("MINUTES", kind) + "\"," + sharing + "}");
            assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(204);
            var decision = post("/api/meetings/" + id + "/decisions", "{\"title\":\"" + marker("DECISION", kind) + "\",\"text\":\"Päätettiin.\"," + sharing + "}");
            assertThat(decision.statusCode()).as(decision.body()).isEqualTo(201);
            decisions.put(kind, parse(decision.body()).path("id").asLong());
            var task = post("/api/meetings/" + id + "/tasks", "{\"title\":\"" + marker("TASK", kind)
                    + "\",\"assigneeOrganisationId\":" + organisations.findOrganisationByCode("safety-unit").orElseThrow().id()
                    + ",\"dueDate\":\"2026-06-30\"," + sharing + "}");
            assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
            tasks.put(kind, parse(task.body()).path("id").asLong());
        }
    }

    /** Runs one check for every user and kind; collects every cell that differs from the matrix. */
    void matrix(String where, BiFunction<String, Kind, Boolean> visible) {
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            for (Kind kind : Kind.values()) {
                boolean expected = SEES.get(user).contains(kind);
                boolean actual = visible.apply(user, kind);
                if (expected != actual) {
                    wrong.add(where + ": " + user + " " + (actual ? "sees" : "does not see") + " " + kind);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Answers by user and path: a list is fetched once per user, not once per kind of record (HTTP Basic hashes each time). */
    final Map<String, HttpResponse<String>> answers = new java.util.HashMap<>();

    HttpResponse<String> api(String user, String path) {
        return answers.computeIfAbsent("api " + user + " " + path, key -> get(path, "Authorization", basic(user, "demo")));
    }

    final Map<String, String> sessions = new LinkedHashMap<>();

    HttpResponse<String> page(String user, String path) {
        String cookie = sessions.computeIfAbsent(user, u -> signIn(u, "demo"));
        return answers.computeIfAbsent("page " + user + " " + path, key -> get(path, "Cookie", cookie));
    }

    @Test
    void meetingDetailInTheApiShowsOnlyWhatTheReaderMaySee() {
        matrix("GET /api/meetings/{id} minutes", (user, kind) -> api(user, "/api/meetings/" + meetings.get(kind)).body().contains(marker("MINUTES", kind)));
        matrix("GET /api/meetings/{id} decisions", (user, kind) -> api(user, "/api/meetings/" + meetings.get(kind)).body().contains(marker("DECISION", kind)));
        matrix("GET /api/meetings/{id} tasks", (user, kind) -> api(user, "/api/meetings/" + meetings.get(kind)).body().contains(marker("TASK", kind)));
    }

    @Test
    void decisionDetailAnswers404ToThoseWhoMayNotSeeIt() {
        matrix("GET /api/decisions/{id}", (user, kind) -> {
            int status = api(user, "/api/decisions/" + decisions.get(kind)).statusCode();
            assertThat(status).isIn(200, 404);
            return status == 200;
        });
        matrix("GET /api/tasks/{id}", (user, kind) -> {
            int status = api(user, "/api/tasks/" + tasks.get(kind)).statusCode();
            assertThat(status).isIn(200, 404);
            return status == 200;
        });
    }

    @Test
    void listsSearchesAndExportsOfTheApiFilterInTheDatabase() {
        matrix("GET /api/decisions", (user, kind) -> api(user, "/api/decisions?limit=1000").body().contains(marker("DECISION", kind)));
        matrix("GET /api/decisions?q=", (user, kind) -> api(user, "/api/decisions?q=" + marker("DECISION", kind)).body().contains(marker("DECISION", kind)));
        matrix("GET /api/decisions.csv", (user, kind) -> api(user, "/api/decisions.csv?q=" + run).body().contains(marker("DECISION", kind)));
        matrix("GET /api/tasks?overdue=true", (user, kind) -> api(user, "/api/tasks?overdue=true").body().contains(marker("TASK", kind)));
    }

    @Test
    void pagesShowOnlyWhatTheReaderMaySee() {
        matrix("/meetings/{id} minutes", (user, kind) -> page(user, "/meetings/" + meetings.get(kind)).body().contains(marker("MINUTES", kind)));
        matrix("/meetings/{id} decisions", (user, kind) -> page(user, "/meetings/" + meetings.get(kind)).body().contains(marker("DECISION", kind)));
        matrix("/meetings/{id} tasks", (user, kind) -> page(user, "/meetings/" + meetings.get(kind)).body().contains(marker("TASK", kind)));
        matrix("/meetings/{id}/print", (user, kind) -> page(user, "/meetings/" + meetings.get(kind) + "/print").body().contains(marker("DECISION", kind)));
        matrix("/decisions?q=", (user, kind) -> page(user, "/decisions?q=" + run).body().contains(marker("DECISION", kind)));
        matrix("/decisions/export.csv", (user, kind) -> page(user, "/decisions/export.csv?q=" + run).body().contains(marker("DECISION", kind)));
        matrix("/tasks/overdue", (user, kind) -> page(user, "/tasks/overdue").body().contains(marker("TASK", kind)));
    }

    @Test
    void nobodyWhoIsNotSignedInSeesAnything() {
        for (Kind kind : Kind.values()) {
            assertThat(get("/api/meetings/" + meetings.get(kind)).statusCode()).isEqualTo(401);
            assertThat(get("/api/decisions/" + decisions.get(kind)).statusCode()).isEqualTo(401);
            assertThat(get("/api/tasks/" + tasks.get(kind)).statusCode()).isEqualTo(401);
            var page = get("/meetings/" + meetings.get(kind));
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(get("/api/decisions.csv").statusCode()).isEqualTo(401);
        assertThat(get("/decisions/export.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void everyReadOfARestrictedRecordIsInTheAuditTrail() {
        long decision = decisions.get(Kind.RESTRICTED_POLICE);
        long before = db.sql("select count(*) from audit.entry where action = 'record.read' and actor = 'police' and object_id = :id and object_type = 'meetings.decision'")
                .param("id", String.valueOf(decision)).query(Long.class).single();
        assertThat(api("police", "/api/decisions/" + decision).statusCode()).isEqualTo(200);
        long after = db.sql("select count(*) from audit.entry where action = 'record.read' and actor = 'police' and object_id = :id and object_type = 'meetings.decision'")
                .param("id", String.valueOf(decision)).query(Long.class).single();
        assertThat(after).isGreaterThan(before);
        // a refused read is not a read
        assertThat(api("member", "/api/decisions/" + decision).statusCode()).isEqualTo(404);
        assertThat(db.sql("select count(*) from audit.entry where action = 'record.read' and actor = 'member' and object_id = :id and object_type = 'meetings.decision'")
                .param("id", String.valueOf(decision)).query(Long.class).single()).isZero();
        // changes are there too, with their classification
        assertThat(db.sql("select count(*) from audit.entry where action = 'meeting.decision.recorded' and object_id = :id and classification = 'RESTRICTED'")
                .param("id", String.valueOf(decision)).query(Long.class).single()).isEqualTo(1);
    }
}
