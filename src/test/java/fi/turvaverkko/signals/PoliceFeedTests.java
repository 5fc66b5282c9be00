package fi.turvaverkko.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import fi.turvaverkko.organisations.Organisations;
import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The police aggregate feed with an API token: RESTRICTED signals shared with the safety unit, weeks sent again replace their counts. */
class PoliceFeedTests extends IntegrationTest {

    @Autowired
    Signals signals;
    @Autowired
    Organisations organisations;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String policeToken() {
        var created = send(HttpRequest.newBuilder(URI.create(url("/api/me/tokens"))).header("Authorization", basic("police", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Poliisin viikkosyöte " + System.nanoTime() + "\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "Bearer " + parse(created.body()).path("secret").asString();
    }

    HttpResponse<String> feed(String authorization, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/signals/feed"))).header("Authorization", authorization)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    long weekly(LocalDate monday, String area) {
        return db.sql("select coalesce(sum(count), 0) from signals.weekly_count where week = :week and area_code like :area")
                .param("week", monday).param("area", area + "%").query(Long.class).single();
    }

    SignalPage visibleTo(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return signals.listSignals(new SignalFilter(null, null, null, null, null, null, Channel.POLICE_FEED), 0, 1000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void policeSendsWeeklyCountsWithATokenAndOnlyTheSharedSeeThem() {
        String token = policeToken();
        LocalDate monday = LocalDate.of(2026, 4, 13); // 2026-W16
        long before = weekly(monday, "0913301");
        var response = feed(token, "application/json", """
                [{"area": "0913301", "week": "2026-W16", "phenomenon": "street-drug-dealing", "count": 12},
                 {"area": "0913301", "week": "2026-04-13", "phenomenon": "robbery", "count": 2}]""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(parse(response.body()).path("written").asLong()).isEqualTo(2);
        assertThat(weekly(monday, "0913301") - before).isEqualTo(14);

        long safetyUnit = organisations.findOrganisationByCode("safety-unit").orElseThrow().id();
        var rows = db.sql("""
                select a.classification, :unit = any(a.shared_organisations) as shared, s.external_id, (s.observed_from at time zone 'Europe/Helsinki')::text as observed_from,
                       (s.observed_to at time zone 'Europe/Helsinki')::text as observed_to,
                       s.channel, s.reliability
                  from signals.signal s join signals.audience a on a.id = s.audience_id
                 where s.external_id like 'feed:0913301:2026-W16:%' order by s.external_id""")
                .param("unit", safetyUnit).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("classification")).isEqualTo("RESTRICTED");
            assertThat(row.get("shared")).isEqualTo(true);
            assertThat(row.get("channel")).isEqualTo("POLICE_FEED");
            assertThat(row.get("reliability")).isEqualTo("OBSERVED");
        });
        assertThat(rows.get(1).get("external_id")).isEqualTo("feed:0913301:2026-W16:street-drug-dealing");
        assertThat(rows.get(1).get("observed_from").toString()).isEqualTo("2026-04-13 00:00:00");
        assertThat(rows.get(1).get("observed_to").toString()).isEqualTo("2026-04-19 23:59:59");

        assertThat(visibleTo("coordinator").signals()).extracting(SignalView::externalId).contains("feed:0913301:2026-W16:robbery");
        assertThat(visibleTo("member").signals()).extracting(SignalView::externalId).doesNotContain("feed:0913301:2026-W16:robbery",
                "feed:0913301:2026-W16:street-drug-dealing");

        // the same week again, as CSV: its counts are replaced, not added
        response = feed(token, "text/csv", "area,week,phenomenon,count\n0913301,2026-W16,street-drug-dealing,5\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = parse(response.body());
        assertThat(answer.path("updated").asLong()).isEqualTo(1);
        assertThat(answer.path("written").asLong()).isZero();
        assertThat(weekly(monday, "0913301") - before).isEqualTo(7);
        assertThat(db.sql("select count(*) from signals.signal where external_id = 'feed:0913301:2026-W16:street-drug-dealing'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reportsBadFeedRowsAndKeepsNothing() {
        String token = policeToken();
        var response = feed(token, "application/json", """
                [{"area": "0913301", "week": "2026-W17", "phenomenon": "robbery", "count": 1},
                 {"area": "0913301", "week": "2026-04-21", "phenomenon": "robbery", "count": 1},
                 {"area": "9999999", "week": "2026-W17", "phenomenon": "robbery", "count": 1},
                 {"area": "0913301", "week": "2099-W01", "phenomenon": "robbery", "count": 1}]""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode errors = parse(response.body()).path("errors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(errors.get(0).path("row").asLong()).isEqualTo(2);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("week");
        assertThat(errors.get(1).path("field").asString()).isEqualTo("area");
        assertThat(errors.get(2).path("field").asString()).isEqualTo("week");
        assertThat(db.sql("select count(*) from signals.signal where external_id like 'feed:0913301:2026-W17:%'").query(Long.class).single()).isZero();
    }

    @Test
    void isOnlyForThePolice() {
        var response = feed(basic("member", "demo"), "application/json", "[]");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(feed("Bearer tvk_unknown", "application/json", "[]").statusCode()).isEqualTo(401);
    }
}
