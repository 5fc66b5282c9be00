package fi.turvaverkko.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Reporting and reading signals through the API, and every kind of bad input the issue names. */
class SignalApiTests extends IntegrationTest {

    /** A point in Kallio (sub-area 0913301101? no matter: located by the server). */
    static final String KALLIO = "\"lat\": 60.1841, \"lon\": 24.9497";

    HttpResponse<String> post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    long rows() {
        return db.sql("select count(*) from signals.signal").query(Long.class).single();
    }

    long rollupTotal() {
        return db.sql("select coalesce(sum(count), 0) from signals.daily_count").query(Long.class).single()
                + db.sql("select coalesce(sum(count), 0) from signals.weekly_count").query(Long.class).single();
    }

    static String now(long minutesAgo) {
        return Instant.now().minus(minutesAgo, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void aPartnerReportsASignalThatIsLocatedCountedAndReadable() {
        long before = rollupTotal();
        String marker = UUID.randomUUID().toString();
        var created = post("member", "/api/signals", """
                {"phenomenon": "vandalism", "observedAt": "%s", %s, "description": "Graffiti on the school wall %s", "count": 3}
                """.formatted(now(30), KALLIO, marker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/signals/" + id);
        assertThat(rollupTotal() - before).isEqualTo(6); // 3 in the daily and 3 in the weekly rollup

        JsonNode signal = parse(get("/api/signals/" + id, "Authorization", basic("member", "demo")).body());
        assertThat(signal.get("areaCode").asString()).startsWith("0913").hasSize(13);
        assertThat(signal.get("classification").asString()).isEqualTo("INTERNAL");
        assertThat(signal.get("source").asString()).isEqualTo("aseman-lapset");
        assertThat(signal.get("status").asString()).isEqualTo("NEW");

        String area = signal.get("areaCode").asString().substring(0, 7);
        JsonNode list = parse(get("/api/signals?area=" + area + "&phenomenon=vandalism&size=1000", "Authorization", basic("analyst", "demo")).body());
        assertThat(list.get("items").toString()).contains(marker);
        String csv = get("/api/signals?format=csv&area=" + area, "Authorization", basic("analyst", "demo")).body();
        assertThat(csv).startsWith("\uFEFFid,phenomenon").contains(marker);
        JsonNode geo = parse(get("/api/signals?format=geojson&area=" + area, "Authorization", basic("analyst", "demo")).body());
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features").toString()).contains(marker);
    }

    @Test
    void policeSignalsAreRestrictedAndSharedWithTheSafetyUnitByDefault() {
        String marker = UUID.randomUUID().toString();
        var created = post("police", "/api/signals", """
                {"phenomenon": "street-drug-dealing", "observedAt": "%s", %s, "description": "Dealing near the metro %s"}
                """.formatted(now(60), KALLIO, marker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = parse(created.body()).get("id").asLong();
        JsonNode signal = parse(get("/api/signals/" + id, "Authorization", basic("analyst", "demo")).body());
        assertThat(signal.get("classification").asString()).isEqualTo("RESTRICTED");
        assertThat(signal.get("sharedWith").toString()).contains("safety-unit");
        assertThat(get("/api/signals/" + id, "Authorization", basic("member", "demo")).statusCode()).isEqualTo(404);
        assertThat(get("/api/signals?size=1000&phenomenon=street-drug-dealing", "Authorization", basic("member", "demo")).body())
                .doesNotContain(marker);
        assertThat(db.sql("select count(*) from audit.entry where action = 'record.read' and object_type = 'signals.signal' and object_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isPositive();
    }

    @Test
    void reSendingAnExternalIdUpdatesInsteadOfDuplicating() {
        String external = "ext-" + UUID.randomUUID();
        var first = post("member", "/api/signals", """
                {"phenomenon": "vandalism", "observedAt": "%s", %s, "count": 2, "externalId": "%s"}""".formatted(now(90), KALLIO, external));
        assertThat(first.statusCode()).isEqualTo(201);
        long before = rollupTotal();
        var second = post("member", "/api/signals", """
                {"phenomenon": "vandalism", "observedAt": "%s", %s, "count": 5, "externalId": "%s"}""".formatted(now(90), KALLIO, external));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(parse(second.body()).get("id").asLong()).isEqualTo(parse(first.body()).get("id").asLong());
        assertThat(db.sql("select count(*) from signals.signal where external_id = :e").param("e", external).query(Long.class).single()).isEqualTo(1);
        assertThat(rollupTotal() - before).isEqualTo(6); // +3 daily, +3 weekly
    }

    @Test
    void badInputIsAClearProblemAndNothingIsSaved() {
        long rowsBefore = rows();
        long rollupsBefore = rollupTotal();
        String[][] cases = {
                { "{\"phenomenon\": \"unicorns\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + "}", "phenomenon" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", \"lat\": 59.0, \"lon\": 20.0}", "lat" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(-24 * 60) + "\", " + KALLIO + "}", "observedAt" },
                { "{\"phenomenon\": \"vandalism\", \"observedFrom\": \"" + now(5) + "\", \"observedTo\": \"" + now(60) + "\", " + KALLIO + "}", "observedTo" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"description\": \"Tekijä 131052-308T\"}", "description" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"description\": \"soita 040 123 4567\"}", "description" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"description\": \"matti@example.com\"}", "description" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"classification\": \"RESTRICTED\"}", "sharedWith" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"count\": 0}", "count" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"yesterday\", " + KALLIO + "}", "observedAt" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", \"areaCode\": \"0999\"}", "areaCode" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\"}", "areaCode" },
                { "{\"phenomenon\": \"vandalism\", \"observedAt\": \"" + now(5) + "\", " + KALLIO + ", \"sharedWith\": [\"nobody\"], \"classification\": \"RESTRICTED\"}", "sharedWith" },
        };
        for (String[] c : cases) {
            var response = post("member", "/api/signals", c[0]);
            assertThat(response.statusCode()).as(c[0] + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(parse(response.body()).get("errors").get(0).get("field").asString()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(post("member", "/api/signals", "{not json").statusCode()).isEqualTo(400);
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(rollupTotal()).isEqualTo(rollupsBefore);
    }

    @Test
    void anAreaCodeStandsForThePlaceWhenThePointMustNotBeGiven() {
        var created = post("member", "/api/signals", """
                {"phenomenon": "youth-gangs", "observedFrom": "%s", "observedTo": "%s", "areaCode": "0914"}""".formatted(now(600), now(10)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode signal = parse(get("/api/signals/" + parse(created.body()).get("id").asLong(), "Authorization", basic("member", "demo")).body());
        assertThat(signal.get("areaCode").asString()).isEqualTo("0914");
        assertThat(signal.has("lat")).isFalse();
    }

    @Test
    void triageMovesTheStatusAlongItsAllowedPaths() {
        var created = post("member", "/api/signals", """
                {"phenomenon": "vandalism", "observedAt": "%s", %s}""".formatted(now(15), KALLIO));
        long id = parse(created.body()).get("id").asLong();
        assertThat(post("member", "/api/signals/" + id + "/status", "{\"status\": \"TRIAGED\"}").statusCode()).isEqualTo(403);
        var triaged = post("analyst", "/api/signals/" + id + "/status", "{\"status\": \"TRIAGED\", \"note\": \"Checked with the school\"}");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
        assertThat(parse(triaged.body()).get("status").asString()).isEqualTo("TRIAGED");
        assertThat(post("analyst", "/api/signals/" + id + "/status", "{\"status\": \"LINKED\"}").statusCode()).isEqualTo(400);
        assertThat(post("analyst", "/api/signals/" + id + "/status", "{\"status\": \"OPEN\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void phenomenaAreListedWithCodesAndThreeLanguages() {
        JsonNode list = parse(get("/api/phenomena", "Authorization", basic("member", "demo")).body());
        assertThat(list.size()).isGreaterThanOrEqualTo(16);
        assertThat(list.toString()).contains("street-drug-dealing", "Katukauppa huumeilla", "Narkotikahandel på gatan");
    }
}
