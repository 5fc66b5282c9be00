package fi.turvaverkko.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.turvaverkko.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The status review API against PostgreSQL and the demo plan: create, read, write, approve, publish; who may do what;
 * a published review is immutable (409, and the database refuses it); bad input is a 400 naming the field; a RESTRICTED
 * review does not exist for those who may not see its content.
 */
class ReviewApiTests extends IntegrationTest {

    long planId;

    HttpResponse<String> call(String method, String user, String path, String body) {
        var builder = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user, "demo"))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(builder.build());
    }

    HttpResponse<String> post(String user, String path, String body) {
        return call("POST", user, path, body);
    }

    HttpResponse<String> getAs(String user, String path) {
        return get(path, "Authorization", basic(user, "demo"));
    }

    static String review(Object planId, String from, String to, String audience, String language, Object snapshotId, String title) {
        return """
                {"planId": %s, "from": %s, "to": %s, "audience": %s, "language": %s, "snapshotId": %s, "title": %s}"""
                .formatted(planId, quoted(from), quoted(to), quoted(audience), quoted(language), snapshotId, quoted(title));
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @BeforeEach
    void theDemoPlan() {
        JsonNode plans = parse(getAs("coordinator", "/api/plans").body());
        for (JsonNode plan : plans) {
            if (plan.get("title").asString().startsWith("Helsingin turvallisuussuunnitelma")) {
                planId = plan.get("id").asLong();
            }
        }
        assertThat(planId).as("the demo city safety plan").isPositive();
    }

    long snapshot() {
        var published = post("analyst", "/api/situation/snapshots", "{\"title\": \"Tilannekuva katsausta varten\", \"days\": 14}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return parse(published.body()).get("id").asLong();
    }

    JsonNode create(String audience, String language, Long snapshot) {
        var created = post("coordinator", "/api/reviews", review(planId, "2026-07-01", "2026-09-30", audience, language, snapshot,
                "Tilannekatsaus " + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("/api/reviews/");
        return parse(created.body());
    }

    @Test
    void aCoordinatorCompilesApprovesAndPublishesAReviewThatNobodyCanChangeAfterwards() throws Exception {
        long snapshot = snapshot();
        JsonNode created = create("MANAGEMENT_GROUP", "fi", snapshot);
        long id = created.get("id").asLong();
        assertThat(created.get("state").asString()).isEqualTo("DRAFT");
        JsonNode content = created.get("content");
        assertThat(content.get("plan").get("title").asString()).startsWith("Helsingin turvallisuussuunnitelma");
        assertThat(content.get("progress").get("total").asLong()).as("the coordinator sees every action of the plan")
                .isEqualTo(db.sql("select count(*) from plans.action where plan_id = :id").param("id", planId).query(Long.class).single());
        assertThat(content.get("indicators").size()).isGreaterThanOrEqualTo(3);
        assertThat(content.get("snapshot").get("id").asLong()).isEqualTo(snapshot);
        assertThat(content.get("snapshot").get("areas").size()).isPositive();
        // the police's restricted action and the restricted snapshot make the review RESTRICTED
        assertThat(created.get("classification").asString()).isEqualTo("RESTRICTED");
        assertThat(content.get("restricted").toString()).contains("\"kind\":\"action\"", "\"kind\":\"snapshot\"");

        assertThat(getAs("coordinator", "/api/reviews/" + id).statusCode()).isEqualTo(200);
        assertThat(getAs("analyst", "/api/reviews/" + id).statusCode()).as("analysts help write drafts").isEqualTo(200);
        assertThat(getAs("member", "/api/reviews/" + id).statusCode()).isEqualTo(404);
        assertThat(getAs("police", "/api/reviews/" + id).statusCode()).as("a draft is for those who prepare it").isEqualTo(404);

        // approving needs a summary, and a coordinator
        assertThat(post("coordinator", "/api/reviews/" + id + "/approve", null).statusCode()).isEqualTo(409);
        var written = call("PUT", "analyst", "/api/reviews/" + id + "/sections/summary",
                "{\"text\": \"Tilanne on pääosin vakaa; katukauppa on lisääntynyt Kalliossa.\\n\\nKaksi toimenpidettä on viivästynyt.\"}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(parse(written.body()).get("sections").get("SUMMARY").get("text").asString()).contains("Kalliossa");
        var stale = call("PUT", "coordinator", "/api/reviews/" + id + "/sections/OUTLOOK", "{\"text\": \"Syksy\", \"version\": 0}");
        assertThat(stale.statusCode()).as("an edit based on an old version").isEqualTo(409);
        for (String user : new String[] { "analyst", "member", "executive" }) {
            var refused = post(user, "/api/reviews/" + id + "/approve", null);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
        var approved = post("coordinator", "/api/reviews/" + id + "/approve", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(parse(approved.body()).get("state").asString()).isEqualTo("APPROVED");
        assertThat(call("PUT", "coordinator", "/api/reviews/" + id + "/sections/OUTLOOK", "{\"text\": \"Syksy\"}").statusCode())
                .as("an approved review is changed only after returning it to draft").isEqualTo(409);
        assertThat(post("analyst", "/api/reviews/" + id + "/publish", null).statusCode()).isEqualTo(403);

        var published = post("coordinator", "/api/reviews/" + id + "/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonNode review = parse(published.body());
        assertThat(review.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(review.get("publishedAt").isNull()).isFalse();

        var pdf = getBytes("/api/reviews/" + id + ".pdf", "Authorization", basic("coordinator", "demo"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .as("the stored PDF is served").isEqualTo(review.get("pdfSha256").asString());
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Yhteenveto", "katukauppa on lisääntynyt Kalliossa", "SALASSA PIDETTÄVÄ", "Julkaistu");
        }

        // immutable: every change is a 409, and the database refuses one that goes around the application
        assertThat(call("PUT", "coordinator", "/api/reviews/" + id + "/sections/SUMMARY", "{\"text\": \"Muutettu\"}").statusCode()).isEqualTo(409);
        assertThat(post("coordinator", "/api/reviews/" + id + "/compile", null).statusCode()).isEqualTo(409);
        assertThat(post("coordinator", "/api/reviews/" + id + "/approve", null).statusCode()).isEqualTo(409);
        assertThat(post("coordinator", "/api/reviews/" + id + "/reopen", null).statusCode()).isEqualTo(409);
        assertThat(post("coordinator", "/api/reviews/" + id + "/publish", null).statusCode()).isEqualTo(409);
        assertThat(call("DELETE", "coordinator", "/api/reviews/" + id, null).statusCode()).isEqualTo(409);
        assertThat(call("PUT", "coordinator", "/api/reviews/" + id, review(planId, "2026-01-01", "2026-09-30", "EXPERT_GROUP", "fi", null, "Uusi"))
                .statusCode()).isEqualTo(409);
        assertThatThrownBy(() -> db.sql("update reviews.review set title = 'Toinen' where id = :id").param("id", id).update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> db.sql("delete from reviews.review_share where review_id = :id").param("id", id).update())
                .hasMessageContaining("immutable");

        // RESTRICTED: the police (whose action is in it) may read it, the NGO member may not even know it exists
        assertThat(getAs("police", "/api/reviews/" + id).statusCode()).isEqualTo(200);
        assertThat(getAs("member", "/api/reviews/" + id).statusCode()).isEqualTo(404);
        assertThat(getBytes("/api/reviews/" + id + ".pdf", "Authorization", basic("member", "demo")).statusCode()).isEqualTo(404);
        assertThat(getAs("member", "/api/reviews").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(getAs("police", "/api/reviews").body()).contains("\"id\":" + id + ",");

        long changes = db.sql("""
                select count(*) from audit.entry where object_type = 'reviews.review' and object_id = :id
                   and action in ('reviews.review-created', 'reviews.section-edited', 'reviews.review-approved', 'reviews.review-published')""")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(changes).isEqualTo(4);
        long reads = db.sql("select count(*) from audit.entry where object_type = 'reviews.review' and object_id = :id and action = 'record.read'")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(reads).as("reads of a RESTRICTED review are audited").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSecondReviewOfThePlanCountsChangesSinceThePreviousOneAndASwedishDraftCanBePreviewedAsPdf() throws Exception {
        JsonNode first = create("EXPERT_GROUP", "sv", null);
        long id = first.get("id").asLong();
        assertThat(first.get("content").get("sinceLastReview").asBoolean()).isFalse();
        assertThat((long) first.get("content").get("actions").size()).as("every action of the plan, in the expert group's annex")
                .isEqualTo(db.sql("select count(*) from plans.action where plan_id = :id").param("id", planId).query(Long.class).single());
        var pdf = getBytes("/api/reviews/" + id + ".pdf", "Authorization", basic("coordinator", "demo"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("lagesoversikt-" + id + "-utkast.pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sammanfattning", "Åtgärdernas framskridande", "UTKAST", "Bilaga: alla åtgärder i planen");
        }
        call("PUT", "coordinator", "/api/reviews/" + id + "/sections/SUMMARY", "{\"text\": \"Läget är stabilt.\"}");
        assertThat(post("coordinator", "/api/reviews/" + id + "/approve", null).statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/reviews/" + id + "/reopen", null).statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/reviews/" + id + "/approve", null).statusCode()).isEqualTo(200);
        assertThat(post("coordinator", "/api/reviews/" + id + "/publish", null).statusCode()).isEqualTo(200);

        JsonNode second = create("MANAGEMENT_GROUP", "fi", null);
        assertThat(second.get("content").get("sinceLastReview").asBoolean()).isTrue();
        assertThat(second.get("content").get("changesSince").asString()).isEqualTo(first.get("content").get("compiledAt").asString());
        long draft = second.get("id").asLong();
        assertThat(call("DELETE", "analyst", "/api/reviews/" + draft, null).statusCode()).isEqualTo(403);
        assertThat(call("DELETE", "coordinator", "/api/reviews/" + draft, null).statusCode()).isEqualTo(204);
        assertThat(getAs("coordinator", "/api/reviews/" + draft).statusCode()).isEqualTo(404);
    }

    void badRequest(String body, String field) {
        long before = db.sql("select count(*) from reviews.review").query(Long.class).single();
        var response = post("coordinator", "/api/reviews", body);
        assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(parse(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(db.sql("select count(*) from reviews.review").query(Long.class).single()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void badInputIsA400NamingTheFieldAndSavesNothing() {
        badRequest(review(999_999, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, "Katsaus"), "planId");
        badRequest(review(null, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, "Katsaus"), "planId");
        badRequest(review(planId, "2026-09-30", "2026-07-01", "MANAGEMENT_GROUP", "fi", null, "Katsaus"), "to");
        badRequest(review(planId, "1.7.2026", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, "Katsaus"), "from");
        badRequest(review(planId, "2026-07-01", "2026-09-30", "THE_PRESS", "fi", null, "Katsaus"), "audience");
        badRequest(review(planId, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "en", null, "Katsaus"), "language");
        badRequest(review(planId, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", 999_999, "Katsaus"), "snapshotId");
        badRequest(review(planId, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, " "), "title");
        var section = call("PUT", "coordinator", "/api/reviews/1/sections/EPILOGUE", "{\"text\": \"x\"}");
        assertThat(section.statusCode()).isEqualTo(400);
        assertThat(post("member", "/api/reviews", review(planId, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, "Katsaus"))
                .statusCode()).isEqualTo(403);
        assertThat(post("analyst", "/api/reviews", review(planId, "2026-07-01", "2026-09-30", "MANAGEMENT_GROUP", "fi", null, "Katsaus"))
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/reviews").statusCode()).as("signed out").isEqualTo(401);
    }
}
