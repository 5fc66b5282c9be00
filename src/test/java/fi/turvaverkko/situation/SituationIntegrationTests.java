package fi.turvaverkko.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fi.turvaverkko.areas.AreaLevel;
import fi.turvaverkko.areas.Areas;
import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The picture against PostgreSQL: rollups kept current, disclosure control, emerging phenomena, snapshots, bad input. */
class SituationIntegrationTests extends IntegrationTest {

    @Autowired
    Areas areas;

    HttpResponse<String> post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode api(String user, String path) {
        var response = get(path, "Authorization", basic(user, "demo"));
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    static JsonNode areaIn(JsonNode overview, String code) {
        for (JsonNode area : overview.get("areas")) {
            if (area.get("areaCode").asString().equals(code)) {
                return area;
            }
        }
        throw new AssertionError("no area " + code);
    }

    /** The small area of a point, and its sub-area. */
    String[] place(double lat, double lon) {
        String small = areas.locateCode(AreaLevel.SMALL_AREA, new fi.turvaverkko.areas.WgsCoordinate(lat, lon)).orElseThrow();
        String sub = areas.locateCode(AreaLevel.SUB_AREA, new fi.turvaverkko.areas.WgsCoordinate(lat, lon)).orElseThrow();
        return new String[] { small, sub };
    }

    static String now(long minutesAgo) {
        return Instant.now().minus(minutesAgo, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void aNewSignalShowsInThePictureAtOnce() {
        String[] at = place(60.2100, 25.0800); // Malmi area
        String path = "/api/situation?level=SUB_AREA&phenomenon=fire-safety&from=" + LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(1);
        long before = areaIn(api("analyst", path), at[1]).get("count").get("value").asLong();
        var created = post("member", "/api/signals", """
                {"phenomenon": "fire-safety", "observedAt": "%s", "lat": 60.2100, "lon": 25.0800, "count": 2}""".formatted(now(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(areaIn(api("analyst", path), at[1]).get("count").get("value").asLong()).isEqualTo(before + 2);
    }

    @Test
    void restrictedCountsUnderFiveAreShownAsLessThanFiveToThoseWhoMayNotSeeThem() {
        // a quiet place and phenomenon: radicalisation in Suomenlinna's sub-area, yesterday
        String[] at = place(60.1454, 24.9881);
        String from = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(2).toString();
        String path = "/api/situation?level=SUB_AREA&phenomenon=radicalisation&from=" + from;
        long analystBefore = areaIn(api("analyst", path), at[1]).get("count").get("value").asLong();
        var created = post("police", "/api/signals", """
                {"phenomenon": "radicalisation", "observedAt": "%s", "lat": 60.1454, "lon": 24.9881, "count": 2}""".formatted(now(120)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode analyst = areaIn(api("analyst", path), at[1]).get("count");
        assertThat(analyst.get("value").asLong()).isEqualTo(analystBefore + 2);
        JsonNode member = areaIn(api("member", path), at[1]).get("count");
        assertThat(member.get("suppressed").asBoolean()).isTrue();
        assertThat(member.has("value")).isFalse();
        assertThat(member.get("display").asString()).contains("<5");
        // the member's signal list never has the police signal, nor its place
        assertThat(get("/api/signals?format=geojson&area=" + at[1] + "&phenomenon=radicalisation", "Authorization", basic("member", "demo")).body())
                .doesNotContain("60.1454");
    }

    @Test
    void anInjectedEmergingPhenomenonIsFoundAndExplained() {
        // Kontula's sub-area: a year of about two street-drug-dealing signals a week, then 30 in the last 14 days
        String[] at = place(60.2360, 25.0820);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        int phenomenon = db.sql("select id from signals.phenomenon where code = 'accidents-and-injuries'").query(Integer.class).single();
        int audience = db.sql("select id from signals.audience where classification = 'INTERNAL' limit 1").query(Integer.class).optional()
                .orElseGet(() -> db.sql("insert into signals.audience (classification) values ('INTERNAL') returning id").query(Integer.class).single());
        LocalDate week = fi.turvaverkko.signals.SignalCounts.weekOf(today.minusDays(13)).minusWeeks(52);
        for (int i = 0; i < 52; i++, week = week.plusWeeks(1)) {
            db.sql("""
                    insert into signals.weekly_count (week, area_code, phenomenon_id, audience_id, count) values (:w, :a, :p, :au, :c)
                    on conflict (week, area_code, phenomenon_id, audience_id) do update set count = signals.weekly_count.count + excluded.count""")
                    .params(Map.of("w", week, "a", at[1], "p", phenomenon, "au", audience, "c", 1 + (i % 3))).update();
        }
        db.sql("""
                insert into signals.daily_count (day, area_code, phenomenon_id, audience_id, count) values (:d, :a, :p, :au, 30)
                on conflict (day, area_code, phenomenon_id, audience_id) do update set count = signals.daily_count.count + excluded.count""")
                .params(Map.of("d", today.minusDays(3), "a", at[0], "p", phenomenon, "au", audience)).update();

        JsonNode run = api("analyst", "/api/situation/emerging?level=SUB_AREA&lang=en");
        assertThat(run.get("comparisons").asInt()).isPositive();
        JsonNode found = null;
        for (JsonNode result : run.get("results")) {
            if (result.get("areaCode").asString().equals(at[1]) && result.get("phenomenon").asString().equals("accidents-and-injuries")) {
                found = result;
            }
        }
        assertThat(found).as("the injected pair is tested").isNotNull();
        assertThat(found.get("significant").asBoolean()).isTrue();
        assertThat(found.get("observed").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(found.get("sentence").asString()).contains("in the last 14 days", "expected", "significant after correcting for");
        assertThat(found.get("qValue").asDouble()).isLessThan(0.05);
        JsonNode fi = api("analyst", "/api/situation/emerging?level=SUB_AREA&lang=fi&significantOnly=true");
        assertThat(fi.get("results").toString()).contains("viimeisten 14 päivän aikana");
    }

    @Test
    void hotSpotsUseNeighboursFromThePolygons() {
        Map<String, Set<String>> neighbours = areas.neighbours("091", AreaLevel.SUB_AREA);
        assertThat(neighbours).hasSize(148);
        neighbours.forEach((code, next) -> {
            assertThat(next).as(code).isNotEmpty();
            next.forEach(other -> assertThat(neighbours.get(other)).as(other + " ↔ " + code).contains(code));
        });
        JsonNode run = api("analyst", "/api/situation/hotspots?level=SUB_AREA&significantOnly=false&phenomenon=vandalism");
        assertThat(run.get("results").size()).isIn(0, 148);
    }

    @Test
    void aPublishedSnapshotIsRestrictedWhenItsFiguresAreFrozenAndCanBeLoweredWithAReason() {
        post("police", "/api/signals", """
                {"phenomenon": "street-drug-dealing", "observedAt": "%s", "lat": 60.1841, "lon": 24.9497}""".formatted(now(200)));
        var published = post("analyst", "/api/situation/snapshots", "{\"title\": \"Tilannekuva testi\", \"days\": 14}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        JsonNode snapshot = parse(published.body());
        long id = snapshot.get("id").asLong();
        assertThat(snapshot.get("classification").asString()).isEqualTo("RESTRICTED");
        assertThat(get("/api/situation/snapshots/" + id, "Authorization", basic("member", "demo")).statusCode()).isEqualTo(404);
        assertThat(get("/api/situation/snapshots/" + id, "Authorization", basic("police", "demo")).statusCode()).isEqualTo(200);

        assertThat(post("analyst", "/api/situation/snapshots/" + id + "/classification", "{\"classification\": \"INTERNAL\", \"reason\": \"Presented to the management group\"}")
                .statusCode()).isEqualTo(403);
        assertThat(post("coordinator", "/api/situation/snapshots/" + id + "/classification", "{\"classification\": \"INTERNAL\", \"reason\": \"short\"}")
                .statusCode()).isEqualTo(400);
        var lowered = post("coordinator", "/api/situation/snapshots/" + id + "/classification",
                "{\"classification\": \"INTERNAL\", \"reason\": \"Presented to the management group on 1.12.\"}");
        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
        var seen = get("/api/situation/snapshots/" + id, "Authorization", basic("member", "demo"));
        assertThat(seen.statusCode()).isEqualTo(200);
        for (JsonNode cell : parse(seen.body()).get("content").get("cells")) {
            long restricted = cell.get("restricted").asLong();
            assertThat(restricted == -1 || restricted == 0 || restricted >= 5).as(cell.toString()).isTrue();
        }
        assertThat(db.sql("select count(*) from audit.entry where action = 'situation.snapshot-lowered' and object_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> db.sql("update situation.snapshot set content = '{}'::jsonb where id = :id").param("id", id).update())
                .hasMessageContaining("immutable");
    }

    @Test
    void badParametersAreClearProblems() {
        for (String path : new String[] { "/api/situation?level=COUNTY", "/api/situation?from=2026-05-01&to=2026-04-01",
                "/api/situation?from=yesterday", "/api/situation?phenomenon=unicorns", "/api/situation/emerging?q=2",
                "/api/situation/emerging?level=SMALL_AREA", "/api/situation/emerging?days=0", "/api/situation/hotspots?phenomenon=nope" }) {
            var response = get(path, "Authorization", basic("analyst", "demo"));
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(get("/api/situation").statusCode()).isEqualTo(401);
        assertThat(post("member", "/api/situation/snapshots", "{\"title\": \"x\"}").statusCode()).isEqualTo(403);
        assertThat(post("analyst", "/api/situation/assessments", "{\"title\": \"Kallio\", \"text\": \"soita 040 123 4567\", \"confidence\": \"HIGH\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void thePagesShowThePicture() {
        String cookie = signIn("analyst", "demo");
        for (String path : new String[] { "/situation", "/situation?phenomenon=street-drug-dealing&level=BASIC_DISTRICT&days=90",
                "/situation/areas/0913301101", "/situation/areas/0914", "/situation/phenomena/vandalism", "/situation/snapshots",
                "/situation/assessments/new" }) {
            var page = get(path, "Cookie", cookie);
            assertThat(page.statusCode()).as(path + " → " + page.headers().firstValue("Location").orElse("") + " " + page.body()).isEqualTo(200);
        }
    }
}
