package fi.turvaverkko.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which signal, through every read there is: the signal, the list, the CSV and GeoJSON exports, the
 * situational picture's figures (disclosure control), published snapshots. Extends the identity issue's access matrix
 * (MeetingAccessMatrixTests) to signals.
 * <p>
 * Four signals of one phenomenon at one place: PUBLIC and INTERNAL from the NGO member, RESTRICTED from the police
 * (shared by default with the Safety and Preparedness Unit) and RESTRICTED from the coordinator shared with the Eastern
 * area network (a body the NGO member belongs to).
 */
class SignalAccessMatrixTests extends IntegrationTest {

    enum Kind { PUBLIC, INTERNAL, RESTRICTED_POLICE, RESTRICTED_NETWORK }

    static final List<String> USERS = List.of("admin", "coordinator", "police", "analyst", "member", "executive");

    static final Map<String, Set<Kind>> SEES = Map.of(
            "admin", Set.of(Kind.values()),
            "executive", Set.of(Kind.values()),
            "coordinator", Set.of(Kind.values()),
            "analyst", Set.of(Kind.values()),
            "police", Set.of(Kind.PUBLIC, Kind.INTERNAL, Kind.RESTRICTED_POLICE),
            "member", Set.of(Kind.PUBLIC, Kind.INTERNAL, Kind.RESTRICTED_NETWORK));

    /** Pasila, a staff-violence signal set an hour apart. */
    static final double LAT = 60.1987;
    static final double LON = 24.9339;

    static String run;
    static final Map<Kind, Long> ids = new LinkedHashMap<>();
    static String subArea;

    HttpResponse<String> post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String marker(Kind kind) {
        return "matrix-" + kind + "-" + run;
    }

    @BeforeEach
    void reportTheFourSignals() {
        if (run != null) {
            return;
        }
        run = UUID.randomUUID().toString().substring(0, 8);
        String at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<Kind, String[]> how = Map.of(
                Kind.PUBLIC, new String[] { "member", "\"classification\": \"PUBLIC\"" },
                Kind.INTERNAL, new String[] { "member", "\"classification\": \"INTERNAL\"" },
                Kind.RESTRICTED_POLICE, new String[] { "police", "\"reliability\": \"OBSERVED\"" },
                Kind.RESTRICTED_NETWORK, new String[] { "coordinator", "\"classification\": \"RESTRICTED\", \"sharedWith\": [\"east-area-network\"]" });
        for (Kind kind : Kind.values()) {
            var created = post(how.get(kind)[0], "/api/signals", """
                    {"phenomenon": "staff-violence", "observedAt": "%s", "lat": %s, "lon": %s, "description": "%s", %s}"""
                    .formatted(at, LAT, LON, marker(kind), how.get(kind)[1]));
            assertThat(created.statusCode()).as(kind + ": " + created.body()).isEqualTo(201);
            ids.put(kind, parse(created.body()).get("id").asLong());
        }
        subArea = parse(get("/api/signals/" + ids.get(Kind.PUBLIC), "Authorization", basic("admin", "demo")).body())
                .get("areaCode").asString().substring(0, 10);
    }

    @Test
    void eachUserSeesExactlyTheSignalsTheyMaySeeInEveryRead() {
        String from = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(4).toString();
        for (String user : USERS) {
            String auth = basic(user, "demo");
            String list = get("/api/signals?area=" + subArea + "&phenomenon=staff-violence&from=" + from + "&size=1000", "Authorization", auth).body();
            String csv = get("/api/signals?format=csv&area=" + subArea + "&phenomenon=staff-violence&from=" + from, "Authorization", auth).body();
            String geo = get("/api/signals?format=geojson&area=" + subArea + "&phenomenon=staff-violence&from=" + from, "Authorization", auth).body();
            for (Kind kind : Kind.values()) {
                boolean sees = SEES.get(user).contains(kind);
                String what = user + " × " + kind;
                assertThat(get("/api/signals/" + ids.get(kind), "Authorization", auth).statusCode()).as(what + " detail").isEqualTo(sees ? 200 : 404);
                assertThat(list.contains(marker(kind))).as(what + " list").isEqualTo(sees);
                assertThat(csv.contains(marker(kind))).as(what + " CSV").isEqualTo(sees);
                assertThat(geo.contains(marker(kind))).as(what + " GeoJSON").isEqualTo(sees);
            }
        }
        assertThat(get("/api/signals/" + ids.get(Kind.PUBLIC)).statusCode()).as("anonymous").isEqualTo(401);
    }

    @Test
    void thePictureShowsRestrictedCountsOnlyUnderDisclosureControl() {
        String from = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(4).toString();
        String path = "/api/situation?level=SUB_AREA&phenomenon=staff-violence&from=" + from;
        JsonNode full = figure(path, "analyst");
        for (String user : USERS) {
            JsonNode figure = figure(path, user);
            if (SEES.get(user).size() == Kind.values().length) {
                assertThat(figure.get("value").asLong()).as(user).isEqualTo(full.get("value").asLong());
            } else {
                assertThat(figure.get("includesRestricted").asBoolean()).as(user).isTrue();
                if (figure.get("suppressed").asBoolean()) {
                    assertThat(figure.has("value")).as(user).isFalse();
                    assertThat(figure.get("display").asString()).as(user).contains("<5");
                }
            }
        }
    }

    JsonNode figure(String path, String user) {
        for (JsonNode area : parse(get(path, "Authorization", basic(user, "demo")).body()).get("areas")) {
            if (area.get("areaCode").asString().equals(subArea)) {
                return area.get("count");
            }
        }
        throw new AssertionError("no " + subArea);
    }

    @Test
    void aSnapshotWithRestrictedFiguresIsSharedOnlyWithThoseWhoseDataItHolds() {
        var published = post("analyst", "/api/situation/snapshots", "{\"title\": \"Matrix " + run + "\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        long id = parse(published.body()).get("id").asLong();
        Map<String, Integer> expected = Map.of("admin", 200, "executive", 200, "coordinator", 200, "analyst", 200, "police", 200, "member", 404);
        for (String user : USERS) {
            assertThat(get("/api/situation/snapshots/" + id, "Authorization", basic(user, "demo")).statusCode()).as(user).isEqualTo(expected.get(user));
            String list = get("/api/situation/snapshots", "Authorization", basic(user, "demo")).body();
            assertThat(list.contains("Matrix " + run)).as(user + " list").isEqualTo(expected.get(user) == 200);
        }
    }
}
